/**
 * Dates that are not the page's (issue #12 item 2: the date in the metadata is the
 * publication date). A record carries the dates of what was done with it: an export, a
 * sending, a filing, a reply. Such a date is written as a **field whose label names an act
 * other than publishing** (`导出时间：`, `发送时间:`, `立案时间：`, `回复日期：`), or as the
 * bare `时间：`/`日期：` field of a mail header (a `发件人`/`收件人`/`From:` field beside it), or
 * a quoted mail's attribution (`在 …，某某 写道：`). What the author did to make the text
 * public (`发布时间`, `发表于`, `提交时间` of a proposal) is its date.
 * The head's date reading passes over them; `发布时间：`, `发表于`, a date line, a masthead's
 * date or a signature date are read as before.
 */

interface Line {
  folded: string;
}

const ACT_FIELD = /^(?:导出|发送|发件|收件|转发|回复|答复|立案|交办|办理|受理|录入|更新|修改|截图|打印|下载|抄送)(?:时间|日期)\s*[:：]/;
/** A quoted mail's attribution: `在 2026年…，某某 <…> 写道：`, `On …, X wrote:`. */
const QUOTE_LINE = /(?:写道|wrote)\s*[:：]?\s*$/i;
const BARE_FIELD = /^(?:时间|日期|date|sent)\s*[:：]/i;
const MAIL_FIELD = /^(?:发件人|收件人|抄送|主题|from|to|subject)\s*[:：]/i;

/** Is line i a date of what was done with the record (sent, exported, filed), not of publishing? */
export function transportDate(lines: Line[], i: number): boolean {
  const f = lines[i].folded.trim();
  if (ACT_FIELD.test(f) || QUOTE_LINE.test(f)) return true;
  if (!BARE_FIELD.test(f)) return false;
  for (let j = Math.max(0, i - 3); j <= Math.min(lines.length - 1, i + 3); j++) if (j !== i && MAIL_FIELD.test(lines[j].folded.trim())) return true;
  return false;
}
