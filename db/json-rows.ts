// Many rows in one statement with one parameter: the rows as a JSON array that
// json_to_recordset expands (issue 16, batched imports). drizzle builds, and the
// drivers encode, one parameter per value; at thousands of values per statement
// (a batch of documents' recommendations, events and search entries) that cost
// more than running the statement. Same rows as `insert(table).values(rows)`:
// dates go as ISO strings, json/jsonb values and arrays as JSON, and strings
// are made well-formed as the drivers' UTF-8 encoding makes them.
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

// Types a record column may be declared with (serial is only a column default).
const RECORD_TYPE: Record<string, string> = { serial: "integer", bigserial: "bigint", smallserial: "smallint" };
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SURROGATE_ESCAPE = /\\ud[89a-f]/i;

/** A string as the database stores it from these rows: lone surrogates become U+FFFD. */
export function wellFormed(value: string): string {
  return /[\ud800-\udfff]/.test(value) ? value.replace(LONE_SURROGATE, "\ufffd") : value;
}

function jsonValue(_key: string, value: unknown): unknown {
  return typeof value === "string" ? wellFormed(value) : value;
}

/**
 * `insert into <table> (<columns>) select <columns> from json_to_recordset($1)`
 * for rows that all have the same keys (the table's property names); `suffix`
 * adds e.g. `on conflict … do …` or `returning`. Rows: at least one.
 */
export function insertJsonRows<T extends PgTable>(table: T, rows: Partial<T["$inferInsert"]>[], suffix?: SQL): SQL {
  const columns = getTableColumns(table);
  const keys = Object.keys(rows[0]);
  const cols = keys.map((k) => columns[k]);
  const names = sql.join(
    cols.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  const types = cols.map((c) => `"${c.name}" ${RECORD_TYPE[c.getSQLType()] ?? c.getSQLType()}`).join(", ");
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    keys.forEach((k, i) => {
      const value = (row as Record<string, unknown>)[k];
      record[cols[i].name] = value instanceof Date ? value.toISOString() : (value ?? null);
    });
    return record;
  });
  // JSON.stringify writes a lone surrogate as an escape (`\udc00`), which PostgreSQL refuses; only
  // then (or for a text that spells such an escape) the rows go through the replacer, which is
  // called for every key and value and cost more than the rest of the encoding (issue 16).
  const plain = JSON.stringify(records);
  const json = SURROGATE_ESCAPE.test(plain) ? JSON.stringify(records, jsonValue) : plain;
  return sql`insert into ${table} (${names}) select ${names} from json_to_recordset(${json}::json) as x(${sql.raw(types)})${suffix ?? sql``}`;
}
