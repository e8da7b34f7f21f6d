import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, isNull, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { departments, events } from "../db/schema";
import { departmentMentions, documentVersions, documents, recommendations } from "../db/documents.schema";
import { saveStructuredDocument } from "../app/models/documents/documents.server";
import { ImportError, importFile, importFiles, listContentFiles } from "./importer";

const tmp = mkdtempSync(path.join(tmpdir(), "xs-import-"));
const write = (name: string, text: string) => {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  return file;
};

const proposal = (extra = "") => `---
kind: party_proposal
title: 关于加强社区养老服务的提案
year: 2026
organisation: minmeng
authors: [测试委员]
---
社区养老是民生大事。为此建议：
一、完善服务网络。由市民政局牵头，市卫健委、市医保局配合，建设社区养老服务综合体。
二、加强人才保障。建议市人社局将养老护理员纳入紧缺职业目录。${extra}
`;

describe("content import", () => {
  it("loaded the sample corpus on a fresh install", async () => {
    const files = await listContentFiles();
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(documents);
    expect(n).toBe(files.length);
    expect(n).toBeGreaterThanOrEqual(14);
    const kinds = await db.selectDistinct({ kind: documents.kind }).from(documents);
    expect(kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(["research_report", "party_proposal", "member_proposal", "joint_proposal"]));
  });

  it("is idempotent: importing the corpus again changes nothing", async () => {
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(events);
    const { done, errors } = await importFiles(db, await listContentFiles());
    expect(errors).toEqual([]);
    expect(done.every((d) => d.outcome === "unchanged")).toBe(true);
    const after = await db.select({ n: sql<number>`count(*)::int` }).from(events);
    expect(after[0].n).toBe(before[0].n);
  });

  it("reports as many recommendations per document as the site counts (background and headings not)", async () => {
    const { done } = await importFiles(db, await listContentFiles());
    const counted = await db
      .select({ slug: documents.slug, n: sql<number>`count(${recommendations.id})::int` })
      .from(documents)
      .leftJoin(
        recommendations,
        and(eq(recommendations.documentId, documents.id), eq(recommendations.kind, "recommendation"), isNull(recommendations.removedInVersion)),
      )
      .groupBy(documents.slug);
    const bySlug = new Map(counted.map((c) => [c.slug, c.n]));
    expect(done.map((d) => [d.slug, d.recommendations])).toEqual(done.map((d) => [d.slug, bySlug.get(d.slug)]));
  });

  it("structures a proposal with department roles", async () => {
    const [out] = await importFile(db, write("eldercare.txt", proposal()));
    expect(out.outcome).toBe("created");
    const [doc] = await db.select().from(documents).where(eq(documents.slug, "eldercare"));
    const nodes = await db.select().from(recommendations).where(eq(recommendations.documentId, doc.id));
    expect(nodes.map((n) => n.path).sort()).toEqual(["1", "2"]);
    const first = nodes.find((n) => n.path === "1")!;
    const mentions = await db
      .select({ name: departments.name, role: departmentMentions.role })
      .from(departmentMentions)
      .innerJoin(departments, eq(departments.id, departmentMentions.departmentId))
      .where(eq(departmentMentions.recommendationId, first.id));
    expect(mentions).toEqual(
      expect.arrayContaining([
        { name: "市民政局", role: "lead" },
        { name: "市卫生健康委员会", role: "co" },
        { name: "市医疗保障局", role: "co" },
      ]),
    );
  });

  it("makes a new version on change, keeping recommendation ids by place", async () => {
    const file = write("eldercare-v.txt", proposal());
    await importFile(db, file);
    const [doc] = await db.select().from(documents).where(eq(documents.slug, "eldercare-v"));
    const before = await db.select().from(recommendations).where(eq(recommendations.documentId, doc.id));
    writeFileSync(file, proposal("\n三、强化资金保障。由市财政局统筹安排养老服务补助资金。"));
    const [out] = await importFile(db, file);
    expect(out).toMatchObject({ outcome: "revised", version: 2 });
    const after = await db
      .select()
      .from(recommendations)
      .where(and(eq(recommendations.documentId, doc.id), isNull(recommendations.removedInVersion)));
    expect(after.map((n) => n.path).sort()).toEqual(["1", "2", "3"]);
    expect(after.find((n) => n.path === "1")!.id).toBe(before.find((n) => n.path === "1")!.id);
    const versions = await db.select().from(documentVersions).where(eq(documentVersions.documentId, doc.id));
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
    expect(versions.find((v) => v.version === 1)!.sourceText).toBe(proposal());
    // Dropping a section marks it removed instead of deleting it.
    writeFileSync(file, proposal().replace(/二、加强人才保障[^\n]*\n/, ""));
    await importFile(db, file);
    const [removed] = await db.select().from(recommendations).where(and(eq(recommendations.documentId, doc.id), eq(recommendations.path, "2")));
    expect(removed.removedInVersion).toBe(3);
  });

  it("reports bad front matter with file and line, and writes nothing", async () => {
    const bad = write("bad-kind.md", proposal().replace("kind: party_proposal", "kind: speech"));
    await expect(importFile(db, bad)).rejects.toThrow(new RegExp(`${bad}:2: front matter kind`));
    const org = write("bad-org.md", proposal().replace("organisation: minmeng", "organisation: nowhere"));
    await expect(importFile(db, org)).rejects.toThrow(`${org}:5: unknown organisation "nowhere"`);
    const yaml = write("bad-yaml.md", proposal().replace("authors: [测试委员]", "authors: [测试委员"));
    await expect(importFile(db, yaml)).rejects.toBeInstanceOf(ImportError);
    const [none] = await db.select().from(documents).where(eq(documents.slug, "bad-kind"));
    expect(none).toBeUndefined();
  });

  it("rolls a document back entirely when saving fails half-way", async () => {
    const node = (text: string) => ({ marker: null, title: text.slice(0, 8), text, children: [], departments: [] });
    const save = saveStructuredDocument(
      {
        meta: { slug: "half-way", kind: "member_proposal", year: 2026 },
        sourceText: "x",
        sourceFormat: "text",
        // PostgreSQL refuses NUL in text: the second node fails after the first was written.
        tree: { title: "半途失败", byline: null, organisation: null, intro: "", children: [node("第一条建议。"), node("坏\u0000数据")] },
      },
      null,
    );
    await expect(save).rejects.toThrow();
    expect(await db.select().from(documents).where(eq(documents.slug, "half-way"))).toEqual([]);
    const orphans = await db.select().from(recommendations).where(eq(recommendations.title, "第一条建议。"));
    expect(orphans).toEqual([]);
  });

  it("splits a multi-speaker text into one document per speaker", async () => {
    const text = readFileSync(path.resolve("tests/fixtures/examples/multi-speaker-traditional.txt"), "utf8");
    const outcomes = await importFile(db, write("speakers.txt", text));
    expect(outcomes.map((o) => o.slug)).toEqual(["speakers-1", "speakers-2", "speakers-3"]);
    const docs = await db.select().from(documents).where(sql`${documents.slug} like 'speakers-%'`).orderBy(documents.slug);
    expect(docs[0].organisationId).not.toBeNull();
    expect(docs[2].organisationId).toBeNull();
  });
});
