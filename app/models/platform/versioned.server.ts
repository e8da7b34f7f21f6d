// Versioned updates (乐观锁): every editable row has a `version` column that
// each write increments, and an edit form carries the version it was read at.
// One helper, so no module forgets the increment, the `updated_at` stamp or the
// conflict check.
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../../db/client";
import { DomainError } from "../../utils/errors";

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

export interface VersionedTarget {
  id: number | string;
  /** The version the writer read: a different stored version is a conflict. */
  expectedVersion?: number;
  /** Further conditions (e.g. still in the state the caller checked); a mismatch is a conflict. */
  where?: SQL;
  /** The conflict message shown to the user (Chinese). */
  conflict?: string;
}

interface UpdateBuilder {
  set(values: unknown): { where(condition: SQL): { returning(): Promise<unknown[]> } };
}

const DEFAULT_CONFLICT = "内容已被他人修改，请刷新后重新提交";

/**
 * Update one row and increment its version (and `updated_at` when the table has
 * one), in the caller's transaction, and return the updated row. When no row
 * matches — changed since `expectedVersion` was read, or no longer meeting
 * `where` — it throws a "conflict" DomainError with the `conflict` message and
 * nothing is written.
 */
export async function updateVersioned<T extends VersionedTable>(
  t: DbOrTx,
  table: T,
  target: VersionedTarget,
  values: PgUpdateSetSource<T>,
): Promise<T["$inferSelect"]> {
  const conditions: SQL[] = [eq(table.id, target.id)];
  if (target.expectedVersion !== undefined) conditions.push(eq(table.version, target.expectedVersion));
  if (target.where) conditions.push(target.where);
  const stamp = "updatedAt" in table && !("updatedAt" in values) ? { updatedAt: new Date() } : {};
  const set = { ...values, ...stamp, version: sql`${table.version} + 1` } as PgUpdateSetSource<T>;
  // drizzle's builder types do not follow a generic table; the shapes are checked by the signature.
  const update = t.update(table as PgTable) as unknown as UpdateBuilder;
  const rows = (await update.set(set).where(and(...conditions)!).returning()) as T["$inferSelect"][];
  if (!rows[0]) throw new DomainError(target.conflict ?? DEFAULT_CONFLICT, "conflict");
  return rows[0];
}
