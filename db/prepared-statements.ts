// Named prepared statements for drizzle on postgres.js (issue 16; decision 014, "Prepared
// statements").
//
// drizzle's postgres-js driver asks postgres.js for *unnamed* statements unless a query
// is built with `.prepare(name)`. For a statement with parameters, postgres.js then
// sends Parse + Describe, waits for the answer, and only then Bind + Execute: two round
// trips, and PostgreSQL parses and plans the statement again every time. Planning the
// session statement (session, user, roles, unread and to-do counts) alone took 0.5–1 ms
// of the server's CPU on every signed-in request, as long as executing it. A named
// statement is parsed once per connection, is one round trip afterwards, and after five
// runs PostgreSQL keeps a generic plan.
//
// Named statements are cached per connection (by postgres.js, and by PostgreSQL with
// their plans) until the connection is recycled (postgres.js: max_lifetime, 30–60 min),
// so what is prepared is bounded: texts up to PREPARED_TEXT_MAX characters with up to
// PREPARED_PARAMS_MAX parameters (a multi-row INSERT of an import is a one-off shape,
// not worth a plan kept on every connection), and at most PREPARED_TEXTS_CAP distinct
// texts per process (texts that differ only in the length of an `in (…)` list are
// distinct). Anything else runs unnamed, as before. `DATABASE_PREPARE=0` turns it off, e.g. behind PgBouncer in transaction mode,
// where a named statement may land on another server connection.
import type { Sql } from "postgres";

/** Distinct statement texts prepared per process (each connection of the pool may hold them all). */
export const PREPARED_TEXTS_CAP = 500;
// The session statement (app/auth/session.server.ts, every signed-in request) is about 9,000
// characters with its to-do columns; unnamed, PostgreSQL parsed and planned it on every
// request (~5 ms of its CPU on the bench data). app/auth/auth.db.test.ts checks it fits.
export const PREPARED_TEXT_MAX = 20_000;
export const PREPARED_PARAMS_MAX = 100;

interface Prepared {
  texts: Set<string>;
  cap: number;
}

type Unsafe = (query: string, params?: unknown[], options?: Record<string, unknown>) => unknown;
type TransactionCallback = (client: Sql) => unknown;

function shouldPrepare(state: Prepared, query: string, params: unknown[] | undefined) {
  // Statements without parameters go through the simple protocol: one round trip already.
  if (!params?.length) return false;
  if (state.texts.has(query)) return true;
  if (query.length > PREPARED_TEXT_MAX || params.length > PREPARED_PARAMS_MAX) return false;
  if (state.texts.size >= state.cap) return false;
  state.texts.add(query);
  return true;
}

/**
 * `client`, but every statement with parameters that drizzle sends through `unsafe` is
 * a named prepared statement — in transactions and savepoints too.
 */
export function withPreparedStatements(client: Sql, state: Prepared = { texts: new Set(), cap: PREPARED_TEXTS_CAP }): Sql {
  const wrapCallback = (args: unknown[]) => {
    const callback = args[args.length - 1] as TransactionCallback;
    return [...args.slice(0, -1), (tx: Sql) => callback(withPreparedStatements(tx, state))];
  };
  return new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (property === "unsafe") {
        const unsafe = value as Unsafe;
        return (query: string, params?: unknown[], options?: Record<string, unknown>) =>
          unsafe.call(target, query, params, shouldPrepare(state, query, params) ? { ...options, prepare: true } : options);
      }
      if (property === "begin" || property === "savepoint") {
        const run = value as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => run.apply(target, wrapCallback(args));
      }
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
