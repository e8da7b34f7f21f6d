/**
 * A headline after a covering note (issue #12 item 2; 2026-12-03).
 *
 * A text that reaches staff through someone else comes wrapped: a chat with an assistant
 * (`帮我把下面这个提案润色一下` / `好的，以下是润色后的提案，供参考：`), a forwarding mail
 * (`各位好，转发如下：`), a colleague's note (`附后是修改稿：`). The wrapper ends with a
 * **covering note**: a line that announces what follows (以下, 如下, 下面, 附后, 全文 …) and
 * ends in a colon — or, fourth wave, in a request to look at it (`表格如下，请审阅。`). What stands above it and the note itself are the transport, not the
 * document; the document's headline is the first headline-shaped line after the note.
 *
 * Only a conversation's end is a covering note: the note is a turn of its own (a sentence
 * with a comma, `好的，以下是…：`) or a turn of text stands above it. A page's own lead-in
 * under its account header (`调研报告全文如下：`) stays content.
 *
 * The note is read only among the first lines (a chat's turns, a mail's greeting: none longer
 * than a short paragraph), and only when a line that could be a headline follows it within
 * three lines — an intro sentence ending in `现提出如下建议：` is followed by the items, not by
 * a headline.
 * A Markdown heading's marks (`## `) before the headline after the note, and emphasis in a
 * byline (`**提案人**：`), pasted as plain text, are formatting, not words: the title and the
 * byline are read without them (elsewhere a plain text's `#` stays text).
 */

interface Line {
  text: string;
  folded: string;
  reason: string | null;
}

/** A line announcing what follows: `以下是…：`, `…如下：`, `附后是…:`. */
// 2026-12-03 (fourth wave): or a note that asks for a look after it (`…表格如下，请审阅。`, `…附后，请查收`).
// 2026-12-05: the request may say by when and how (`…正文如下，请于明天下班前反馈修改意见。`, `…全文附后，请在某日前
// 通过邮件回复修改意见，逾期视为无意见。`): a clause to the reader with a verb of reviewing or answering the drafts.
export const ANNOUNCES = /(?:以下|如下|下面|下文|附后|附件|全文|原文|正文)(?:[^:]{0,30}:\s*$|\s*,\s*请[\u4e00-\u9fff]{1,6}[。.!]?\s*$|\s*,\s*请[^。!?]{0,24}(?:审阅|审核|审定|查收|查阅|阅处|反馈|回复|指正|把关|核对)[^。!?]{0,16}[。.!]?\s*$)/;

/** How far the transport may reach: its lines are a chat's turns, a mail's greeting. */
const WINDOW = 12;

/**
 * The index of the covering note among the first lines, when a headline-shaped line follows
 * it within three lines (not a numbered line), else -1. No line above it is worded as a
 * headline (`关于…的答复` over `…现答复如下：` is the letter's own). Every line above it is a turn (no numbered item, at most a
 * short paragraph): once a text's items or long paragraphs have begun, a `如下：` is the text's own.
 */
export function coveringNote(infos: readonly Line[], headline: (i: number) => boolean, worded: (i: number) => boolean): number {
  for (let i = 0, seen = 0; i < infos.length && seen < WINDOW; i++) {
    const x = infos[i];
    if (!x.text || x.reason) continue;
    seen++;
    // A headline worded as one above (`关于…的答复` over `…现答复如下：`): the note is the text's own.
    const f = x.folded.trim();
    // (A note worded with quotes, `“某某”座谈会的意见…如下，请审阅。`, still announces: fourth wave.)
    // Tenth wave: a forward's header that repeats a headline below it (`[转发] 某账号：标题` over
    // `标题`) is the wrapper's echo of the document's headline, not a headline of the text's own.
    if (worded(i) && !(f.length <= 60 && ANNOUNCES.test(f)) && !echoesLater(infos, i)) return -1;
    if (f.length > 120) return -1;
    if (f.length > 60 || !ANNOUNCES.test(f)) continue;
    // A conversation ends here: the note is a turn of its own (`好的，以下是…：`) or a turn stands above it.
    // A page's own lead-in under its account header (`调研报告全文如下：`) is no transport.
    // Twelfth wave: a turn already read as conversation (chrome-thread.ts: a forward's echo of the headline) counts too.
    if (!/[,，]/.test(f) && !infos.slice(0, i).some((y) => y.text && (!y.reason || y.reason === "chat") && /[,，。?？!！]/.test(y.folded))) return -1;
    for (let j = i + 1, n = 0; j < infos.length && n < 3; j++) {
      if (!infos[j].text || infos[j].reason) continue;
      n++;
      if (headline(j)) return i;
    }
    return -1;
  }
  return -1;
}

/** Does line `i` hold a later line of the first ones whole, and more (a wrapper's prefix)? */
function echoesLater(infos: readonly Line[], i: number): boolean {
  const f = infos[i].folded.trim();
  for (let j = i + 1; j < Math.min(infos.length, i + WINDOW); j++) {
    const g = infos[j].folded.trim();
    if (g.length >= 6 && g.length < f.length && f.endsWith(g)) return true;
  }
  return false;
}

/** Markdown marks pasted as text: a heading's leading `#`s, emphasis `**…**`. */
export function withoutMarkdownMarks(s: string): string {
  return s.replace(/^\s*#{1,6}\s+/, "").replace(/\*\*([^*]+)\*\*/g, "$1");
}
