/**
 * Shared fixtures for the structurer's tests: a small, realistic departments directory
 * and helpers that summarise a result's shape or check that no sentence was lost.
 * (Test support only; nothing in the app imports it.)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { structureText } from "./index";
import type { DirectoryLike, Document, Node, StructureResult } from "./types";
import { structureProblems } from "./validate";

/** City and province departments the way proposals write them. */
export const DIRECTORY: DirectoryLike[] = [
  { name: "市民政局", short: null, aliases: ["民政部门", "民政"] },
  { name: "市卫生健康委员会", short: "市卫健委", aliases: ["卫健部门", "卫健"] },
  { name: "市医疗保障局", short: "市医保局", aliases: ["医保部门", "医保"] },
  { name: "市财政局", short: null, aliases: [] },
  { name: "市人力资源和社会保障局", short: "市人社局", aliases: ["人社部门"] },
  { name: "省卫生健康委员会", short: "省卫健委", aliases: [] },
  { name: "省人力资源和社会保障厅", short: "省人社厅", aliases: [] },
  { name: "市委社会工作部", short: null, aliases: ["市委社会治理办", "市委社工部"] },
  { name: "市住房和城乡建设局", short: "市住建局", aliases: ["住建部门", "住建"] },
  { name: "市公安局", short: null, aliases: ["公安", "公安机关"] },
  { name: "市商务局", short: null, aliases: [] },
  { name: "市数据局", short: null, aliases: ["市大数据局", "大数据部门"] },
  { name: "市教育局", short: null, aliases: ["教育部门"] },
  { name: "市交通运输局", short: "市交通局", aliases: [] },
];

export const EXAMPLES_DIR = new URL("../../tests/fixtures/examples", import.meta.url).pathname;

export function readExample(name: string): string {
  return readFileSync(path.join(EXAMPLES_DIR, name), "utf8");
}

/** Child counts per level: `[3, 2]` for two sections with 3 and 2 items. */
export function childCounts(nodes: Node[]): number[] {
  return nodes.map((n) => n.children.length);
}

export function markers(nodes: Node[]): Array<string | null> {
  return nodes.map((n) => n.marker);
}

export function allNodes(doc: Document): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    out.push(n);
    n.children.forEach(walk);
  };
  doc.children.forEach(walk);
  return out;
}

/** Roles as `name:role` strings, for compact assertions. */
export function roles(node: Node): string[] {
  return node.departments.map((d) => `${d.name}:${d.role}`);
}

/** Everything the result says, in reading order (markers and texts of every node). */
export function outputText(result: StructureResult): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.marker) parts.push(n.marker);
    parts.push(n.text);
    n.children.forEach(walk);
  };
  for (const d of result.documents) {
    parts.push(d.title, d.byline ?? "", d.intro);
    d.children.forEach(walk);
  }
  return parts.join("");
}

/** Compare text without whitespace and punctuation (item splitting drops separators). */
export function squash(s: string): string {
  return s.replace(/[\s\p{P}\p{S}]/gu, "");
}

/**
 * The sentences of `body` (split at 。！？； and line breaks) that do not appear in the
 * result. An empty array means nothing of the body was lost.
 */
export function lostSentences(body: string, result: StructureResult): string[] {
  const out = squash(outputText(result));
  return body
    .split(/[。！？!?；;\n]/)
    .map((s) => s.trim())
    .filter((s) => squash(s).length > 0)
    .filter((s) => !out.includes(squash(s)));
}

/** Independent pinyin-residue stripper for test expectations: `網(wǎng)` → `網`. */
export function withoutPinyin(s: string): string {
  return s.replace(/\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/g, "");
}

/** The structurer on `text` with the test directory; the result must pass structureProblems. */
export function structureChecked(text: string, format?: "text" | "markdown"): StructureResult {
  const result = structureText(text, { directory: DIRECTORY, format });
  expect(structureProblems(result)).toEqual([]);
  return result;
}

/** The same, for a text that must give exactly one document. */
export function oneDocumentChecked(text: string, format?: "text" | "markdown"): Document {
  const result = structureChecked(text, format);
  expect(result.documents).toHaveLength(1);
  return result.documents[0];
}
