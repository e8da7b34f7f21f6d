// The version of the data the public pages show, per area of the site.
// Every state change records an event (app/models/platform/events.server.ts),
// which bumps the versions of the areas that event touches (see
// cache-areas.server.ts), in this process at once and again when the
// transaction ends. Other processes (several app servers on one PostgreSQL,
// or a CLI import) are caught by following the events table: a cheap
// fingerprint once a second and, when it moved, the events not seen yet.
// A cached page belongs to the areas its path reads; the sum of their
// versions is its version (each only grows, so the sum changes when any does).

import { onTransactionEnd } from "../../db/client";
import { ALL_AREAS, areasOfEvent, type Area } from "./cache-areas.server";

const versions = new Map<Area, number>(ALL_AREAS.map((a) => [a, 0]));
const written = new Set<Area>();

/**
 * Called for every recorded event, inside its transaction. The versions move
 * now and once more when the transaction ends: a page rendered in between
 * (which cannot see the uncommitted change) is then never kept.
 */
export function bumpDataVersion(areas: readonly Area[] = ALL_AREAS) {
  for (const a of areas) {
    versions.set(a, versions.get(a)! + 1);
    written.add(a);
  }
}

onTransactionEnd(() => {
  if (!written.size) return;
  for (const a of written) versions.set(a, versions.get(a)! + 1);
  written.clear();
});

export function dataVersion(areas: readonly Area[] = ALL_AREAS) {
  let sum = 0;
  for (const a of areas) sum += versions.get(a)!;
  return sum;
}

export interface EventStub {
  id: number;
  subjectType: string;
  action: string;
}

export interface EventWatch {
  /** Changes whenever an event is committed (see eventsFingerprint). */
  fingerprint: () => Promise<string>;
  /** The newest events (a window wide enough for transactions that commit late). */
  recent: () => Promise<EventStub[]>;
}

let poller: ReturnType<typeof setInterval> | null = null;
let lastFingerprint: string | null = null;
let seen: Set<number> | null = null;

/**
 * Follow the events table every `intervalMs`: when the fingerprint moves,
 * read the recent events and bump the areas of those not seen before. A
 * failing poll (database briefly down) changes nothing: the next one
 * compares again.
 */
export function watchDataVersion(watch: EventWatch, intervalMs = 1000) {
  if (poller) return;
  let busy = false;
  const check = async () => {
    if (busy) return;
    busy = true;
    try {
      const now = await watch.fingerprint();
      if (now !== lastFingerprint) {
        const recent = await watch.recent();
        if (seen) {
          const touched = new Set<Area>();
          for (const e of recent) if (!seen.has(e.id)) for (const a of areasOfEvent(e.subjectType, e.action)) touched.add(a);
          // This process's own events were bumped already; bumping again only costs a render.
          if (touched.size) bumpDataVersion([...touched]);
        }
        seen = new Set(recent.map((e) => e.id));
        lastFingerprint = now;
      }
    } catch {
      // Keep what was seen; the cache keeps serving the pages it has.
    } finally {
      busy = false;
    }
  };
  void check();
  poller = setInterval(check, intervalMs);
  poller.unref?.();
}

/**
 * Is this process following the events table (production's response cache)? Only then do
 * the versions move for every committed event, this process's or another's.
 */
export function followingDataVersion() {
  return poller !== null;
}

export function stopWatchingDataVersion() {
  if (poller) clearInterval(poller);
  poller = null;
  lastFingerprint = null;
  seen = null;
}
