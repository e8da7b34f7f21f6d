// The version of the data the public pages show. Every state change records
// an event (app/models/platform/events.server.ts), which bumps the version in this
// process at once and again when the transaction ends. Other processes
// (several app servers on one PostgreSQL, or a CLI import) are caught by
// polling a cheap fingerprint of the events table once a second: their
// changes show in this process's cached pages within about a second.

import { onTransactionEnd } from "../../db/client";

let version = 0;
let written = false;

/**
 * Called for every recorded event, inside its transaction. The version moves
 * now and once more when the transaction ends: a page rendered in between
 * (which cannot see the uncommitted change) is then never kept.
 */
export function bumpDataVersion() {
  version++;
  written = true;
}

onTransactionEnd(() => {
  if (!written) return;
  written = false;
  version++;
});

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
