// Issue 13: the structurer proposes each node's kind (建议/背景/标题), staff confirm
// or change it — and a recommendation's title — in the draft editor; the saved
// kinds are recorded in the event, and the published document, its search
// entries and its list export use the confirmed kind and title.
import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { documents, recommendations } from "../../../db/documents.schema";
import { events, users } from "../../../db/schema";
import { documentEntries } from "../../../search/sources";
import { readDraftForm } from "./draft-form.server";
import { applyEdits, eachNode, withSettledKinds } from "./draft-tree";
import { createDraftFromDocument, createDraftFromText, getDraft, publishDraft, saveDraftContent } from "./drafts.server";
import { listDocuments } from "./document-queries.server";

const SOURCE = [
  "关于发展普惠托育服务的调研报告",
  "一、基本情况",
  "全市现有托育机构 300 余家，普惠托位不足。",
  "二、完善托育服务体系",
  "1. 扩大普惠托位供给。由市民政局牵头，新增社区托育点。",
  "2. 加强托育人才培养。由市卫生健康委员会牵头，开展保育员培训。",
  "三、部分街道的经验",
  "部分街道已试点嵌入式托育，家长反映良好。",
].join("\n");

const staffId = async () => (await db.select().from(users).where(eq(users.username, "staff")))[0].id;

/** The editor's form for a draft: every node's title and kind as shown, with the given changes. */
function editorForm(content: Parameters<typeof eachNode>[0], version: number, change: Record<string, { kind?: string; title?: string }>) {
  const form = new FormData();
  form.set("version", String(version));
  eachNode(withSettledKinds(content), (n, ref) => {
    form.set(`title|${ref}`, change[ref]?.title ?? n.title);
    form.set(`kind|${ref}`, change[ref]?.kind ?? n.kind!);
  });
  return form;
}

describe("node kinds confirmed in the draft editor", () => {
  it("prefills the structurer's kinds, saves staff's choice with an event, and publishes it", async () => {
    const actor = await staffId();
    const id = await createDraftFromText({ sourceText: SOURCE, sourceFormat: "text", kind: "research_report", year: 2026, session: null, organisationId: null, authors: [] }, actor);
    const draft = (await getDraft(id))!;
    const shown: Record<string, [string, string | undefined]> = {};
    eachNode(withSettledKinds(draft.content), (n, ref) => (shown[ref] = [n.title, n.kind]));
    // The structurer's proposal: 基本情况 is background, the numbered items are recommendations.
    expect(shown["0:1"]).toEqual(["基本情况", "background"]);
    expect(shown["0:2"][1]).toBe("heading");
    expect(shown["0:2.1"]).toEqual(["扩大普惠托位供给", "recommendation"]);
    expect(shown["0:2.2"][1]).toBe("recommendation");
    expect(shown["0:3"]).toEqual(["部分街道的经验", "background"]);

    // Staff judge the third section a recommendation and title it; the second recommendation gets a better title.
    const form = editorForm(draft.content, draft.version, { "0:3": { kind: "recommendation", title: "推广嵌入式托育试点" }, "0:2.2": { title: "壮大托育人才队伍" } });
    const { edits, metas } = readDraftForm(form);
    const version = await saveDraftContent(id, draft.version, applyEdits(draft.content, edits, metas), actor);
    const [edited] = await db.select().from(events).where(and(eq(events.subjectType, "draft"), eq(events.subjectId, String(id)), eq(events.action, "draft.edited")));
    expect((edited.data as { kinds: { ref: string; to: string }[] }).kinds).toContainEqual(expect.objectContaining({ ref: "0:3", to: "recommendation" }));

    const [slug] = await publishDraft(id, version, actor);
    const [doc] = await db.select().from(documents).where(eq(documents.slug, slug));
    const nodes = await db.select().from(recommendations).where(and(eq(recommendations.documentId, doc.id), isNull(recommendations.removedInVersion)));
    const recs = nodes.filter((n) => n.kind === "recommendation").map((n) => n.title).sort();
    expect(recs).toEqual(["壮大托育人才队伍", "扩大普惠托位供给", "推广嵌入式托育试点"].sort());
    expect(nodes.filter((n) => n.kind === "background").map((n) => n.title)).toEqual(expect.arrayContaining(["基本情况"]));

    // Search: only the confirmed recommendations are entries of their own, with the confirmed title.
    const entries = (await documentEntries(db, [doc.id])).get(doc.id)!;
    expect(entries.filter((e) => e.kind === "recommendation").map((e) => e.title).sort()).toEqual(recs);
    expect(entries.find((e) => e.kind === "document")!.body).toContain("全市现有托育机构");
    // The list (and its export) counts recommendations only.
    const listed = await listDocuments({ kind: "research_report" }, 1, 100);
    expect(listed.rows.find((r) => r.slug === slug)!.recommendations).toBe(3);

    // A revision starts from the stored kinds, not from a guess.
    const revision = (await getDraft(await createDraftFromDocument(slug, actor)))!;
    const kinds: Record<string, string | undefined> = {};
    eachNode(revision.content, (n) => (kinds[n.title] = n.kind));
    expect(kinds).toMatchObject({ 基本情况: "background", 推广嵌入式托育试点: "recommendation", 壮大托育人才队伍: "recommendation" });
  });
});
