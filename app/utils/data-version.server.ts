// The version of the data the public pages show. Every state change records
// an event (app/models/events.server.ts), which bumps the version in this
// process at once. Other processes (several app servers on one PostgreSQL,
// or a CLI import) and the moment a transaction actually commits are caught
// by polling a cheap fingerprint of the events table at most once a second:
// a cached page is at most about one second staler than the database.

let version = 0;

/** Called for every recorded event (inside its transaction). */
export function bumpDataVersion() {
  version++;
}

export function dataVersion() {
  return version;
}

let poller: ReturnType<typeof setInterval> | null = null;
let lastFingerprint: string | null = null;

/**
 * Poll `fingerprint` every `intervalMs`; a change bumps the version. A failing
 * poll (database briefly down) changes nothing: the next one compares again.
 */
export function watchDataVersion(fingerprint: () => Promise<string>, intervalMs = 1000) {
  if (poller) return;
  let busy = false;
  const check = async () => {
    if (busy) return;
    busy = true;
    try {
      const now = await fingerprint();
      if (lastFingerprint !== null && now !== lastFingerprint) bumpDataVersion();
      lastFingerprint = now;
    } catch {
      // Keep the last fingerprint; the cache keeps serving the pages it has.
    } finally {
      busy = false;
    }
  };
  void check();
  poller = setInterval(check, intervalMs);
  poller.unref?.();
}

export function stopWatchingDataVersion() {
  if (poller) clearInterval(poller);
  poller = null;
  lastFingerprint = null;
}
