// Generated entries: items whose entries come from elsewhere in the system
// (`source` other than "manual"). The proposal loop (#4) will register the
// "proposal_replies" source, returning its published replies (提案答复公开);
// syncGeneratedEntries then publishes one entry per reply under every active
// item with that source, idempotently (by `ref`). No review step: the reply
// was already published by its own workflow. Nothing registers a source yet.
import { and, eq } from "drizzle-orm";
import { db } from "../../../db/client";
import { catalogueEntries, catalogueItems, catalogues } from "../../../db/catalogues.schema";
import { recordEvent } from "../platform/events.server";

export type GeneratedSource = "proposal_replies";

export interface GeneratedEntry {
  /** Stable id of the source row and its version, e.g. `proposal_reply:123:v1`. */
  ref: string;
  title: string;
  /** Markdown. */
  body: string;
  publishedAt: Date;
  occurredOn?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  /** The ref this one corrects: that entry becomes superseded. */
  replaces?: string | null;
}

type Provider = () => Promise<GeneratedEntry[]>;
const providers = new Map<GeneratedSource, Provider>();

/** Called once by the module that owns the source (e.g. the proposal loop). */
export function registerEntrySource(source: GeneratedSource, provider: Provider) {
  providers.set(source, provider);
}

export function hasEntrySource(source: GeneratedSource) {
  return providers.has(source);
}

/** Publish the given generated entries under an item; returns how many were new. */
export async function syncGeneratedEntries(itemId: number, entries: GeneratedEntry[], actorId: string | null = null) {
  // Every approved reply and every start syncs all of them: the entries already
  // listed are read in one statement, so only new ones cost a transaction
  // (thousands of replies used to mean thousands of round trips per approval).
  const listed = new Set(
    (await db.select({ ref: catalogueEntries.sourceRef }).from(catalogueEntries).where(eq(catalogueEntries.itemId, itemId))).map((r) => r.ref),
  );
  let created = 0;
  for (const g of entries) {
    if (listed.has(`${itemId}:${g.ref}`)) continue;
    await db.transaction(async (t) => {
      const [exists] = await t.select({ id: catalogueEntries.id }).from(catalogueEntries).where(eq(catalogueEntries.sourceRef, `${itemId}:${g.ref}`));
      if (exists) return;
      const [old] = g.replaces
        ? await t
            .select()
            .from(catalogueEntries)
            .where(and(eq(catalogueEntries.sourceRef, `${itemId}:${g.replaces}`), eq(catalogueEntries.status, "published")))
        : [];
      const [row] = await t
        .insert(catalogueEntries)
        .values({
          itemId,
          sourceRef: `${itemId}:${g.ref}`,
          previousId: old?.id ?? null,
          revision: old ? old.revision + 1 : 1,
          correctionNote: old ? "来源信息已更新" : null,
          title: g.title,
          body: g.body,
          occurredOn: g.occurredOn ?? null,
          periodStart: g.periodStart ?? null,
          periodEnd: g.periodEnd ?? null,
          status: "published",
          publishedAt: g.publishedAt,
        })
        .returning();
      if (old) {
        await t.update(catalogueEntries).set({ status: "superseded", supersededById: row.id, updatedAt: new Date() }).where(eq(catalogueEntries.id, old.id));
      }
      await recordEvent(t, {
        actorId,
        subjectType: "catalogue_entry",
        subjectId: row.id,
        action: "catalogue_entry.generated",
        toState: "published",
        data: { ref: g.ref, itemId },
      });
      created++;
    });
  }
  return created;
}

/** Run every registered source for the active items that use it. */
export async function syncAllGenerated(actorId: string | null = null) {
  const items = await db
    .select({ id: catalogueItems.id, source: catalogueItems.source })
    .from(catalogueItems)
    .innerJoin(catalogues, eq(catalogues.id, catalogueItems.catalogueId))
    .where(and(eq(catalogueItems.active, true), eq(catalogues.active, true)));
  let created = 0;
  for (const item of items) {
    if (item.source === "manual") continue;
    const provider = providers.get(item.source);
    if (!provider) continue;
    created += await syncGeneratedEntries(item.id, await provider(), actorId);
  }
  return created;
}
