// What each node of a document is — a recommendation (建议: counted, assigned,
// given a status), background (基本情况、情况分析、存在问题、主要做法: context only)
// or a heading (holds other nodes) — and a recommendation's short title.
// The structurer proposes both (Node.kind, Node.title); this module fills in
// what an older tree lacks and keeps the rules the store relies on: only a leaf
// is a recommendation, and a title is never a bare "由X牵头" clause. Pure (the
// draft editor and the data migration 0014 use the same rules).
import type { NodeKind } from "../../../db/documents.schema";

export const NODE_KINDS: readonly NodeKind[] = ["recommendation", "background", "heading"];

/** Titles of background sections, after an optional short lead (`二、`, `我市…`). */
const BACKGROUND_TITLE =
  /^.{0,4}?(?:基本情况|总体情况|有关情况|情况分析|现状分析|发展现状|现状|存在的?(?:主要|突出)?问题|主要问题|突出问题|问题分析|问题和不足|问题与不足|存在的?不足|困难和问题|主要做法|工作开展情况|开展情况|调研情况|工作情况|主要成效|取得的成效|工作成效|成效和问题|面临的(?:困难|挑战|问题)|原因分析|背景|问题)(?:及(?:原因|成因)(?:分析)?)?$/;

export function isBackgroundTitle(title: string): boolean {
  const t = title.trim().replace(/[。:：]$/, "");
  return t.length <= 20 && BACKGROUND_TITLE.test(t);
}

interface KindNode {
  title: string;
  text: string;
  kind?: NodeKind;
  children: KindNode[];
}

/**
 * The kind a node is stored with: the given one when it fits (a node that holds
 * others is never a recommendation), else background under a background title
 * or heading, heading for a container, recommendation for a leaf.
 */
export function settleKind(node: KindNode, inBackground: boolean): NodeKind {
  const given = node.kind && NODE_KINDS.includes(node.kind) ? node.kind : null;
  if (given && !(given === "recommendation" && node.children.length)) return given;
  if (inBackground || isBackgroundTitle(node.title)) return "background";
  return node.children.length ? "heading" : "recommendation";
}

/** A copy of the tree with every node's kind settled (a background node's children are background). */
export function withKinds<N extends KindNode>(nodes: N[], inBackground = false): N[] {
  return nodes.map((n) => {
    const kind = settleKind(n, inBackground);
    return { ...n, kind, children: withKinds(n.children as N[], kind === "background") };
  });
}

/** A clause that only says who does it: `建议由市民政局牵头`, `市卫健委、市医保局配合`. */
const ROLE_CLAUSE = /^(?:建议|同时|并|请)?(?:由|请)?[^,，]{0,40}?(?:牵头|负责|统筹|主抓|配合|协助|参与|协同)$/;
const EMPTY_CLAUSE = /^(?:建议|为此|同时|此外|另外|其次|首先|最后|对此|因此|具体|一方面|另一方面)$/;

export const isRoleClause = (s: string) => ROLE_CLAUSE.test(s.trim());

/**
 * A recommendation's short title: the given one unless it is a bare role clause,
 * else the first clause of the text that says what is to be done.
 */
export function recommendationTitle(title: string, text: string): string {
  const t = title.trim();
  if (t && !isRoleClause(t) && !EMPTY_CLAUSE.test(t)) return t;
  const clause = text
    .split(/[，,。；;！？!?\n]/)
    .map((c) => c.trim())
    .find((c) => c && !isRoleClause(c) && !EMPTY_CLAUSE.test(c));
  return clause ? clause.slice(0, 40) : t;
}
