/**
 * Shape check for a structurer result: every field present with the right type, roles
 * from the allowed set, departments unique per node. Used by the tests (the fuzz test
 * checks every output) and usable by importers before they trust a JSON file.
 */
import type { StructureResult } from "./types";

const ROLES = new Set(["lead", "co", "mentioned"]);
const KINDS = new Set(["recommendation", "background", "heading"]);

/** Problems found, as readable paths (`documents[0].children[2].title: not a string`). */
export function structureProblems(value: unknown): string[] {
  const problems: string[] = [];
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  const str = (v: unknown, at: string) => {
    if (typeof v !== "string") problems.push(`${at}: not a string`);
  };
  const strOrNull = (v: unknown, at: string) => {
    if (v !== null && typeof v !== "string") problems.push(`${at}: not a string or null`);
  };
  const keys = (v: Record<string, unknown>, expected: string[], at: string) => {
    const extra = Object.keys(v).filter((k) => !expected.includes(k));
    if (extra.length) problems.push(`${at}: unexpected fields ${extra.join(", ")}`);
  };

  const mentions = (list: unknown, at: string) => {
    if (!Array.isArray(list)) return problems.push(`${at}: not an array`);
    const names = new Set<string>();
    list.forEach((m, i) => {
      const mat = `${at}[${i}]`;
      if (!isObj(m)) return problems.push(`${mat}: not an object`);
      keys(m, ["name", "mention", "role", "new"], mat);
      str(m.name, `${mat}.name`);
      str(m.mention, `${mat}.mention`);
      if (!ROLES.has(m.role as string)) problems.push(`${mat}.role: not lead/co/mentioned`);
      if (m.new !== undefined && typeof m.new !== "boolean") problems.push(`${mat}.new: not a boolean`);
      if (typeof m.name === "string") {
        if (names.has(m.name)) problems.push(`${mat}: ${m.name} listed twice`);
        names.add(m.name);
      }
    });
  };

  const node = (v: unknown, at: string, depth: number) => {
    if (!isObj(v)) return problems.push(`${at}: not an object`);
    keys(v, ["marker", "title", "text", "children", "departments", "kind"], at);
    if (v.kind !== undefined && !KINDS.has(v.kind as string)) problems.push(`${at}.kind: not recommendation/background/heading`);
    strOrNull(v.marker, `${at}.marker`);
    str(v.title, `${at}.title`);
    str(v.text, `${at}.text`);
    mentions(v.departments, `${at}.departments`);
    if (!Array.isArray(v.children)) problems.push(`${at}.children: not an array`);
    else if (depth > 64) problems.push(`${at}: nested too deep`);
    else v.children.forEach((c, i) => node(c, `${at}.children[${i}]`, depth + 1));
  };

  if (!isObj(value) || !Array.isArray(value.documents)) return ["result: no documents array"];
  keys(value, ["documents", "removed"], "result");
  if (value.removed !== undefined) {
    if (!Array.isArray(value.removed)) problems.push("result.removed: not an array");
    else
      value.removed.forEach((r, i) => {
        const at = `removed[${i}]`;
        if (!isObj(r)) return problems.push(`${at}: not an object`);
        keys(r, ["line", "text", "reason"], at);
        if (!Number.isInteger(r.line)) problems.push(`${at}.line: not an integer`);
        str(r.text, `${at}.text`);
        str(r.reason, `${at}.reason`);
      });
  }
  value.documents.forEach((d, i) => {
    const at = `documents[${i}]`;
    if (!isObj(d)) return problems.push(`${at}: not an object`);
    keys(d, ["title", "byline", "organisation", "date", "source", "intro", "children", "departments"], at);
    if (d.date !== undefined) strOrNull(d.date, `${at}.date`);
    if (d.source !== undefined) strOrNull(d.source, `${at}.source`);
    if (d.departments !== undefined) mentions(d.departments, `${at}.departments`);
    str(d.title, `${at}.title`);
    strOrNull(d.byline, `${at}.byline`);
    strOrNull(d.organisation, `${at}.organisation`);
    str(d.intro, `${at}.intro`);
    if (!Array.isArray(d.children)) problems.push(`${at}.children: not an array`);
    else d.children.forEach((c, j) => node(c, `${at}.children[${j}]`, 1));
  });
  return problems;
}

export function isStructureResult(value: unknown): value is StructureResult {
  return structureProblems(value).length === 0;
}
