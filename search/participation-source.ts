// Consultation topics (协商议题) and their approved opinions as search entries,
// one group per topic, indexed in the transaction that publishes, edits or
// closes a topic or moderates an opinion (app/models/participation). Drafts,
// pending, rejected, merged, withdrawn and hidden opinions are never indexed.
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { organisations } from "../db/schema";
import { consultationTopics, topicOpinions } from "../db/participation.schema";
import { PUBLIC_AUDIENCE, type SearchEntry } from "./engine";

export const topicGroup = (topicId: number) => `topic:${topicId}`;

const PUBLIC_TOPIC_STATES = ["open", "closed", "summarised"] as const;
const beijingYear = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).getUTCFullYear();

/** The opening words of an opinion, as its title in results. */
export function opinionTitle(body: string) {
  const first = body.trim().split(/\n/)[0] ?? "";
  const m = /^[^。！？；!?;]{1,40}/.exec(first);
  return (m ? m[0] : first.slice(0, 40)) || "（意见）";
}

export async function topicEntries(tx: DbOrTx, topicIds: number[]): Promise<Map<number, SearchEntry[]>> {
  const out = new Map<number, SearchEntry[]>(topicIds.map((id) => [id, []]));
  if (!topicIds.length) return out;
  const topics = await tx
    .select({ t: consultationTopics, organisationName: organisations.name })
    .from(consultationTopics)
    .leftJoin(organisations, eq(organisations.id, consultationTopics.organisationId))
    .where(and(inArray(consultationTopics.id, topicIds), inArray(consultationTopics.state, [...PUBLIC_TOPIC_STATES])));
  if (!topics.length) return out;
  const opinions = await tx
    .select()
    .from(topicOpinions)
    .where(and(inArray(topicOpinions.topicId, topics.map((x) => x.t.id)), eq(topicOpinions.state, "approved")))
    .orderBy(asc(topicOpinions.id));
  for (const { t, organisationName } of topics) {
    const common = {
      group: topicGroup(t.id),
      audience: PUBLIC_AUDIENCE,
      departmentIds: [],
      organisationId: t.organisationId,
      year: beijingYear(t.opensAt),
      category: null,
    };
    const entries: SearchEntry[] = [
      {
        ...common,
        kind: "topic",
        refId: t.id,
        title: t.title,
        body: t.description,
        context: [t.meetingTitle, organisationName].filter(Boolean).join("\n"),
        url: `/participation/topics/${t.id}`,
        anchor: null,
        status: t.state,
        sortDate: t.publishedAt,
      },
    ];
    for (const o of opinions.filter((x) => x.topicId === t.id)) {
      entries.push({
        ...common,
        kind: "opinion",
        refId: o.id,
        title: opinionTitle(o.body),
        body: o.body,
        context: t.title,
        url: `/participation/opinions/${o.id}`,
        anchor: null,
        // "published" like every other public entry: one 已公开 in the 状态 facet, not two.
        status: "published",
        sortDate: o.moderatedAt ?? o.createdAt,
      });
    }
    out.set(t.id, entries);
  }
  return out;
}

export async function* allTopicEntries(tx: DbOrTx, batch = 50): AsyncIterable<SearchEntry[]> {
  let after = 0;
  for (;;) {
    const ids = (
      await tx.select({ id: consultationTopics.id }).from(consultationTopics).where(gt(consultationTopics.id, after)).orderBy(asc(consultationTopics.id)).limit(batch)
    ).map((r) => r.id);
    if (!ids.length) return;
    after = ids[ids.length - 1];
    yield [...(await topicEntries(tx, ids)).values()].flat();
  }
}
