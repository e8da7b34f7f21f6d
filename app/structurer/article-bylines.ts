/**
 * How a page of several articles shows where each one starts, besides a marked byline
 * (`□ 某某`, `记者 某某`) — rules added in round 7b (issue 12):
 *
 * - an unmarked byline under a headline that names a member or a party's committee
 *   (`省政协委员 某某 代表某党省委`, `民盟市委`, `九三学社某市委员会`) and is followed by the
 *   speech's prose: a speech digest page prints its bylines bare;
 * - a news brief's lead (`本报讯（记者 某某）…`, `本报讯 …`) right under a headline: the
 *   brief carries its byline inside its first paragraph.
 */
import { parseByline } from "./authors";
import type { Block } from "./tree-drafts";

/** A member's title or a party/federation body: what a speech digest's byline names. */
const SPEAKER_WORD = /委员|常委|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|工商联|无党派/;

function plainLine(b: Block | undefined): b is Block {
  return !!b && b.kind !== "list" && b.line === null;
}

export function unmarkedByline(b: Block | undefined, next: Block | undefined): boolean {
  // Bylines carry no sentence marks, quotes or dashes (a subtitle `——某某会议发言摘登` does).
  if (!plainLine(b) || b.folded.length > 30 || /[。,;:!?“”"「」—]/.test(b.folded) || !SPEAKER_WORD.test(b.folded)) return false;
  // The speech's prose follows: a paragraph that ends a sentence.
  if (!next || next.kind === "list" || !/[。!?;]/.test(next.folded)) return false;
  return !!parseByline(b.text, b.folded);
}

/** `本报讯（记者 某某）11月18日，…`, `本台讯 …`: a news brief's opening. */
export function newsBriefLead(b: Block | undefined): boolean {
  return plainLine(b) && /^\s*(?:本报|本刊|本台|本网)讯/.test(b.folded) && /[。!?]/.test(b.folded);
}
