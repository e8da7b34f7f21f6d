/**
 * Shape check for a structurer result: every field present with the right type, roles
 * from the allowed set, departments unique per node. Used by the tests (the fuzz test
 * checks every output) and usable by importers before they trust a JSON file.
 */
import type { StructureResult } from "./types";

const ROLES = new Set(["lead", "co", "mentioned"]);

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

  const node = (v: unknown, at: string, depth: number) => {
    if (!isObj(v)) return problems.push(`${at}: not an object`);
    keys(v, ["marker", "title", "text", "children", "departments"], at);
    strOrNull(v.marker, `${at}.marker`);
    str(v.title, `${at}.title`);
    str(v.text, `${at}.text`);
    if (!Array.isArray(v.departments)) problems.push(`${at}.departments: not an array`);
    else {
      const names = new Set<string>();
      v.departments.forEach((m, i) => {
        const mat = `${at}.departments[${i}]`;
        if (!isObj(m)) return problems.push(`${mat}: not an object`);
        keys(m, ["name", "mention", "role"], mat);
        str(m.name, `${mat}.name`);
        str(m.mention, `${mat}.mention`);
        if (!ROLES.has(m.role as string)) problems.push(`${mat}.role: not lead/co/mentioned`);
        if (typeof m.name === "string") {
          if (names.has(m.name)) problems.push(`${mat}: ${m.name} listed twice`);
          names.add(m.name);
        }
      });
    }
    if (!Array.isArray(v.children)) problems.push(`${at}.children: not an array`);
    else if (depth > 64) problems.push(`${at}: nested too deep`);
    else v.children.forEach((c, i) => node(c, `${at}.children[${i}]`, depth + 1));
  };

  if (!isObj(value) || !Array.isArray(value.documents)) return ["result: no documents array"];
  keys(value, ["documents"], "result");
  value.documents.forEach((d, i) => {
    const at = `documents[${i}]`;
    if (!isObj(d)) return problems.push(`${at}: not an object`);
    keys(d, ["title", "byline", "organisation", "intro", "children"], at);
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
