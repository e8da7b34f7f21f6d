// Issue 14, item 12: feeds carried authors' HTML unescaped inside CDATA
// summaries. Whatever an author writes, a feed reader (which renders
// descriptions as HTML) gets plain text in summaries, sanitised HTML in
// content, and well-formed XML.
import { DOMParser } from "@xmldom/xmldom";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { catalogues } from "../../db/catalogues.schema";
import { createEntry, submitEntry } from "../../app/models/catalogues/catalogue-entries.server";
import { approveEntry } from "../../app/models/catalogues/catalogue-entry-review.server";
import { getCatalogueBySlug } from "../../app/models/catalogues/catalogues.server";
import { listItems } from "../../app/models/catalogues/catalogue-items.server";
import { userNamed } from "../fuzz/fixtures";
import { call } from "./call";

const HOSTILE =
  '正文<img src=x onerror=alert(1)><script>alert(2)</script>]]><b onclick="x()">粗体</b> &lt;script&gt;alert(4)&lt;/script&gt; &amp;lt;script&amp;gt;alert(5)&amp;lt;/script&amp;gt; [链接](javascript:alert(3)) <a href="https://evil.example" onmouseover="x">外链</a> <svg><script>alert(6)</script></svg>';

function fields(xml: string) {
  const fail = (m: string) => {
    throw new Error(m);
  };
  const doc = new DOMParser({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } }).parseFromString(xml, "application/xml");
  const out: { tag: string; html: string }[] = [];
  for (const tag of ["description", "summary", "content", "content:encoded", "subtitle", "title"]) {
    const nodes = doc.getElementsByTagName(tag);
    for (let i = 0; i < nodes.length; i++) out.push({ tag, html: nodes[i].textContent ?? "" });
  }
  return out;
}

/** What a reader would execute or load if it rendered this as HTML. */
const ACTIVE = /<\s*(script|img|svg|iframe|object|embed|style)\b|\bon[a-z]+\s*=|javascript:/i;

describe("feeds (item 12)", () => {
  it("carry no active HTML from an entry, in RSS and Atom, per catalogue and overall", async () => {
    const [mz, staff] = await Promise.all([userNamed("dept-mz"), userNamed("staff")]);
    const catalogue = (await getCatalogueBySlug("shi-minzhengju"))!;
    await db.update(catalogues).set({ description: '目录说明<script>alert("desc")</script><img src=x onerror=alert(7)>' }).where(eq(catalogues.id, catalogue.id));
    const item = (await listItems(catalogue.id)).find((r) => r.item.frequency === "monthly")!;
    const entry = await createEntry(item.item.id, { title: '标题<script>alert("t")</script>', body: HOSTILE, periodStart: "2026-09-01", periodEnd: "2026-09-30", occurredOn: null }, mz);
    await submitEntry(entry.id, mz);
    await approveEntry(entry.id, staff);
    for (const [file, url, params] of [
      ["catalogues.feed[.]rss.ts", "/catalogues/feed.rss", {}],
      ["catalogues.feed[.]atom.ts", "/catalogues/feed.atom", {}],
      ["catalogues.$slug.feed[.]rss.ts", `/catalogues/${catalogue.slug}/feed.rss`, { slug: catalogue.slug }],
      ["catalogues.$slug.feed[.]atom.ts", `/catalogues/${catalogue.slug}/feed.atom`, { slug: catalogue.slug }],
    ] as const) {
      const res = await call(file, "loader", url, { params });
      expect(res.status, url).toBe(200);
      const xml = await res.text();
      expect(xml).toContain("粗体");
      for (const f of fields(xml)) {
        expect(f.html, `${url} <${f.tag}>`).not.toMatch(ACTIVE);
        // Summaries and titles are text: no markup at all once a reader decodes them.
        if (f.tag !== "content" && f.tag !== "content:encoded") expect(f.html, `${url} <${f.tag}>`).not.toMatch(/<[a-z!/]/i);
      }
    }
  });
});
