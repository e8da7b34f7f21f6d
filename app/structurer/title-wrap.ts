/**
 * Round 9 (issue 12): a headline wrapped over two lines (PDF text, a narrow page):
 * `关于推进农村学前教育发展的` / `调研报告`. A title never ends on a particle that needs
 * what follows (的, 和, 与, 及, 对, 关于 …); when it does and the next line is short, bare
 * and not a sentence, that line is the rest of the title.
 */
import type { Block } from "./tree-drafts";

const DANGLING = /(?:的|之|和|与|及|以及|对|关于|在|为|推进|加强|促进)$/;

/** Does this title line end on a particle that needs the next line? */
export function danglingTitle(title: string): boolean {
  return DANGLING.test(title.trim());
}

/** Round 12b: a wrapped title's tail that opens with 的 and names the document: `的调研报告`, `的建议`. */
const PARTICLE_TAIL = /^的[\u4e00-\u9fff]{0,6}(?:报告|建议|提案|意见|方案|汇报|通知|发言)$/;

/** The rest of a wrapped title in `next`, or null. */
export function titleTail(title: string, next: Block | undefined): string | null {
  if (!next || next.kind !== "para" || next.line !== null) return null;
  const t = next.text.trim();
  if (!DANGLING.test(title.trim()) && !PARTICLE_TAIL.test(t)) return null;
  if (t.length < 2 || t.length > 16 || /[。,，;；:：!?！？、\s]/.test(t)) return null;
  return t;
}

/** Round 12: a microblog's topic tag before a bracketed headline (`#委员建言# 【…】`): the title drops it, the intro keeps it.
 * 2026-12-04 (seventh wave): or before a bare headline after a space (`#某某两会# 关于…的建议`). */
/** A topic tag opening the headline line: before a bracket, or a space and the headline's first word. */
export const TOPIC_TAG = /^\s*(#[^#\s]{2,12}#)(?:\s*(?=[【[「『])|\s+(?=[\u4e00-\u9fff“]))/;

export function topicTag(text: string): string[] {
  const m = TOPIC_TAG.exec(text);
  return m ? [m[1]] : [];
}
