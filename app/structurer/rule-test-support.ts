/**
 * What the structurer's rule tests (round6-rules.test.ts onwards) share: the real department
 * directory, and short views of a result — the removed lines, the departments with their
 * roles, the kinds of a tree. (Test support only; nothing in the app imports it.)
 */
import { loadDepartments } from "../../content/directory";
import { removeChrome } from "./chrome";
import { lineVerdict } from "./chrome-rules";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import { fold } from "./fold";
import { structureText } from "./index";
import type { Node } from "./types";

export const directory = loadDepartments();
export const directoryIndex = buildDirectoryIndex(directory);

export const structure = (text: string) => structureText(text, { directory });

/** The first document of a text whose head lines (headline, byline, dates…) stand over `body`. */
export const firstDocument = (head: readonly string[], body: readonly string[]) => structure([...head, ...body].join("\n")).documents[0];

/** A made-up district body (an intro and two measures) for the head's tests: byline, source, dates. */
export const POCKET_PARK_BODY = [
  "　　近年来，我区口袋公园数量增长较快，但部分公园设施老化，周边居民使用不便。",
  "　　一是优化布点。区城管局牵头，结合街巷分布新增一批口袋公园。",
  "　　二是加强养护。区园林中心定期巡查，结果向社会公开。",
] as const;

/** The chrome stage's verdict on one line, folded as the stage folds it (null: content). */
export const verdict = (line: string) => lineVerdict(fold(line));

/** The lines the chrome stage removed, as written. */
export const removed = (text: string) => (structure(text).removed ?? []).map((x) => x.text);

/** The chrome stage alone on a text: each removed line with its reason. */
export const removedReasons = (text: string) => new Map(removeChrome(text.split("\n")).removed.map((r) => [r.text, r.reason]));

/** `name:role`, and `:new` for a body offered as a new directory entry unless `markNew` is false. */
export const detect = (text: string, { markNew = true } = {}) =>
  detectDepartments(text, directoryIndex, { suggestNew: true }).map((m) => `${m.name}:${m.role}${markNew && m.new ? ":new" : ""}`);

/** The kinds of a tree, one letter each: `B(B B) H(R R)`. */
export const shape = (nodes: Node[]): string =>
  nodes.map((n) => `${(n.kind ?? "?")[0].toUpperCase()}${n.children.length ? `(${shape(n.children)})` : ""}`).join(" ");

/** A made-up county report's intro, finding and measure: the body that chrome tests put page furniture around. */
export const PARA_A = "今年以来，某县围绕农村公路养护开展专题协商，委员们走访了6个乡镇，收集意见建议20余条。";
export const PARA_B = "调研发现，部分村道路面破损、排水不畅，养护资金和人员都存在缺口。";
export const PARA_C = "建议县交通运输局牵头，会同各乡镇建立“路长制”，县财政对养护经费给予保障。";
