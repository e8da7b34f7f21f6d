/**
 * Tenth wave (2026-12-04, issue 12): the close of a forward's frame and what follows it.
 *
 * A text forwarded into a chat, a mail or a group comes back with its frame: the forwarder's
 * close (`[以上为转发内容]`, `——以上转自“某某发布”——`, `以上，请于周五前反馈意见。`) after the
 * document, and their own turn under it (`某某：大家有补充意见可以直接回复我。`). The close is
 * read by the grammar of its first word: `以上` as the subject of a forward's verb (为/是 …
 * 转发/转载/原文/全文/分享, 转自, 摘自, 选自) or standing alone before a comma — never `以上建议，…`
 * or `以上意见，…`, a document's own last sentence, and never a disclaimer (`以上内容仅代表…`,
 * the legal rules').
 *
 * Once a close stands after the text (a prose line above it), it goes; so do the lines under it
 * when they are a conversation's tail (at most four, none over 80 characters, none numbered),
 * and the short lines between the document's own last removed line and the close (`原文链接已失效`:
 * at most two, at most 16 characters, no sentence) — they sit inside the forward's frame. A close
 * with more text under it (a second document) goes alone.
 */
import { isBlank, type LineInfo } from "./chrome-lines";
import { endsSentence } from "./line-shapes";
import { isProse } from "./chrome-caption-line";

const CLOSE = /^[[【(（〔<《—\-─~～\s]*以上(?:\s*[,，]|[^,，。:]{0,6}?(?:转发|转载|转自|摘自|选自|原文|全文|分享))/;
const OWN_CLOSE = /^[[【(（〔<《—\-─~～\s]*以上(?:建议|意见|报告|内容仅|文章仅|观点)/;

export function markTransportClose(infos: LineInfo[], kept: (i: number) => boolean): void {
  let prose = false;
  for (let c = 0; c < infos.length; c++) {
    const x = infos[c];
    if (isBlank(x)) continue;
    const f = x.folded.trim();
    if (!prose) {
      prose = !x.reason && isProse(f);
      continue;
    }
    if (f.length > 30 || x.marker || !CLOSE.test(f) || OWN_CLOSE.test(f) || kept(c)) continue;
    const after: number[] = [];
    for (let j = c + 1; j < infos.length; j++) if (!isBlank(infos[j])) after.push(j);
    const tail = after.length <= 4 && after.every((j) => infos[j].folded.length <= 80 && !infos[j].marker);
    // A bare `以上，…` closes only a conversation's tail; a forward's verb closes its frame whatever follows.
    if (!tail && /^[^以]*以上\s*[,，]/.test(f)) continue;
    x.reason ??= "chat";
    if (tail) for (const j of after) if (!kept(j)) infos[j].reason ??= "chat";
    markInsideFrame(infos, c, kept);
    return;
  }
}

/** Short bare lines right above the close, under a line the chrome stage removed already. */
function markInsideFrame(infos: LineInfo[], close: number, kept: (i: number) => boolean): void {
  const run: number[] = [];
  for (let j = close - 1; j >= 0; j--) {
    const y = infos[j];
    if (isBlank(y)) continue;
    if (y.reason) break;
    if (run.length === 2 || y.folded.length > 16 || endsSentence(y.folded) || y.marker || kept(j)) return;
    run.push(j);
  }
  for (const j of run) infos[j].reason = "widget";
}
