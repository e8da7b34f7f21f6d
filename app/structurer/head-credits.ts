/**
 * Credits in a page's head that are no byline (issue #12 item 2; 2026-12-03).
 *
 * A byline says who wrote the text: a person (`文/市政协委员 某某`, `记者 某某`), or a body
 * that puts its name to it as author (`□ 民盟某市委`, a 公文's signature). Two kinds of
 * head line name someone without being that:
 *
 * - **a credit label over a body or over pictures**: a WeChat or site head credits the
 *   words and the pictures with labels (`文 | 某某委员会`, `图 | 某某发布`, `摄影：…`, `编辑：…`).
 *   The pictures' and the editors' credits never name the author; a words credit naming a
 *   **body** (a committee, an office, an account) says which desk supplied the text, as the
 *   same credit at the tail does (content/corpus/README.md: a WeChat `文字｜…委员会` credit is
 *   removed, not a byline). A words credit naming a person stays the byline.
 * - **the publisher's name under the headline**: an account's or outlet's name standing
 *   alone right under the headline, when the head already reads that same name as the
 *   page's source (the name over its date line, `某某政协` / `2026-07-16 18:05 来源：…`), is
 *   the publisher printed by the platform, not an author's line.
 *
 * Both become chrome (`credit`, `masthead`). A marked byline (`□ 某某`) equal to the source
 * stays a byline: the mark says it is one.
 */
import { parseByline } from "./authors";

interface Line {
  text: string;
  folded: string;
  reason: string | null;
}

/** Labels of picture, video and editing credits: never the author. */
const PICTURE_LABEL = /^(?:图|图片|配图|摄影|摄像|视频|剪辑|编辑|责编|美编|排版|校对|审核)\s*[|｜/:：]\s*\S/;
/** Labels of a words credit: the author when a person is named. */
const WORDS_LABEL = /^(?:文|文字|撰文|撰稿|供稿)\s*[|｜/:：]\s*/;

/** A head credit that names no author: a picture/editing credit, or a words credit naming a body. */
export function nonAuthorCredit(text: string, folded: string): boolean {
  const f = folded.trim();
  if (f.length > 40) return false;
  if (PICTURE_LABEL.test(f)) return true;
  const label = WORDS_LABEL.exec(f);
  if (!label) return false;
  const value = f.slice(label[0].length).trim();
  const found = parseByline(value, value);
  return !!found && found.organisation === found.byline;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, "");

/**
 * Mark the head's non-author credits (lines before `bodyStart`) and the publisher's name
 * right under the headline when it is the page's `source`.
 */
export function markHeadCredits(
  infos: Line[],
  bodyStart: number,
  titleLine: number,
  source: string | null,
  kept: (i: number) => boolean,
): void {
  for (let i = 0; i < Math.min(bodyStart, infos.length); i++) {
    const x = infos[i];
    if (!x.text || x.reason || kept(i) || i === titleLine) continue;
    if (nonAuthorCredit(x.text, x.folded)) x.reason = "credit";
  }
  if (titleLine < 0 || !source) return;
  const next = infos.findIndex((x, j) => j > titleLine && x.text !== "" && !x.reason);
  if (next >= 0 && !kept(next) && squash(infos[next].text) === squash(source)) infos[next].reason = "masthead";
}
