// Reads that are the same for every reader and change only with events: kept in
// memory until the data version of the areas they read moves (data-version.server.ts),
// so a page that everyone with a role reloads all day (the staff workbench's
// figures and recent events) does not ask the database each time. Unlike the
// response cache this keeps data, not pages: the page around it is still
// rendered for its reader.
import { dataVersion, followingDataVersion } from "./data-version.server";
import type { Area } from "./cache-areas.server";

/**
 * `read`, answered from memory while the versions of `areas` stay where they were
 * when it was last read. Only while the events table is followed (production:
 * another process's events move the versions within a second); otherwise
 * (tests, development, RESPONSE_CACHE_MB=0) every call reads. A failed read is
 * not kept. An event committed while a read runs moves the version, so what that
 * read saw is read again by the next call.
 */
export function memoPerDataVersion<T>(areas: readonly Area[], read: () => Promise<T>): () => Promise<T> {
  let kept: { version: number; value: Promise<T> } | null = null;
  return () => {
    if (!followingDataVersion()) return read();
    const version = dataVersion(areas);
    if (kept?.version === version) return kept.value;
    const value = read();
    const entry = { version, value };
    kept = entry;
    value.catch(() => {
      if (kept === entry) kept = null;
    });
    return value;
  };
}
