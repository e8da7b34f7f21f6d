/**
 * A person's signature line names no department (issue #12, departments made general).
 * A line that is only a person's posts and name — a speaker's byline on a page of speeches,
 * the signature under a report, a member's line under a headline:
 *
 *   苇川县人民政府县长 龚某某
 *   省政协委员、省急救中心主任医师 焦某某
 *   九三学社某市委主委 翟某某
 *
 * says who wrote or spoke, like a byline (bylines name no department: content/corpus/README.md,
 * Departments). Such a line, when it stays in a document's text, is blanked before matching
 * (same length, so positions hold). A sentence that names an official (`专访了省民政厅厅长
 * 宋某某`, `访谈嘉宾：市民政局局长 张某某`) has punctuation or a label and is not a signature.
 */

/** Posts and titles that close a person's description before the name. */
const TITLE = "(?:长|主任|副主任|主席|副主席|主委|副主委|委员|书记|副书记|医师|教授|校长|院长|代表|经理|干部|研究员|工程师|律师|记者|教师|会长|理事|秘书长|党组成员)";
/** No sentence punctuation or label; ends with a title, a space or none, then a name of two to four characters. */
const SIGNATURE = new RegExp(`^[^。;；!！?？,，:：“”"()（）]{2,40}?${TITLE}[\\s\\u3000]*(?:[\\u4e00-\\u9fff]{1,2}(?:某某|某|○○|××|XX)|[\\u4e00-\\u9fff]{2,4})$`);
/** The name stands apart, after a space: a run of plain words (`专访了省民政厅厅长宋某某`) is a sentence. */
const NAME_APART = /[\s\u3000][\u4e00-\u9fff○×X]{2,4}$/;

export function isSignatureLine(line: string): boolean {
  const t = line.trim();
  if (t.length <= 44 && SIGNATURE.test(t) && NAME_APART.test(t)) return true;
  const label = SPEAKER_LABEL.exec(t);
  const who = label ? (label[1] ?? label[2]).trim() : "";
  return !!who && who.length <= 44 && SIGNATURE.test(who) && NAME_APART.test(who);
}

/**
 * Sixteenth wave (2026-12-05): a transcript's speaker label alone on its line — post and name, then a
 * colon (`市住房和城乡建设局副局长 某某：`), or a host's post in brackets (`主持人（市政府新闻办副主任 某某）：`)
 * — says who speaks next, as a signature says who spoke: it names no department.
 */
const SPEAKER_LABEL = /^(?:[\u4e00-\u9fff]{0,14}(?:主持人|记者)\s*[(（](.+)[)）]|(.+?))\s*[:：]$/;

/**
 * Fourth wave: a letter's closing formula (`此复。`, `特此函复。`, `感谢您对…的关心和支持。`), then a
 * line that is only a body's name: the letter's seal line (落款), the body that signs it — its
 * byline, not a department the letter names.
 */
const CLOSING = /^(?:此复|特此(?:函复|答复|报告|通知|函告|说明)|专此|感谢[^。]{0,30}(?:关心|支持|关注))[^。]{0,20}。?$/;
const SEAL = /^[\u4e00-\u9fff]{2,24}(?:局|委|办|厅|政府|委员会|办公室|中心|公司)$/;

/**
 * Tenth wave: a 公文's distribution fields (`主送：区人民政府`, `抄送：区委办公室，…`, `报：市委、市政府`,
 * `送：市水务局`) say where the paper goes, not what anyone is asked to do: the bodies on them are
 * recipients, like the addressees of a mail header. Such a line yields no department, whether or not
 * the chrome stage removed it. (A salutation `区人民政府：` alone on its line, over a letter, is no
 * field: the letter speaks to that body, and it stays mentioned.)
 */
const DISTRIBUTION_FIELD = /^[(（[]?\s*(?:主送|抄送|抄报|分送|报送|呈送|呈报|印送|发送|报|送|发)(?:单位|机关|对象)?\s*[:：]\s*\S/;

/** `text` with its distribution lines blanked (same length), before hard wraps are joined. */
export function blankDistribution(text: string): string {
  if (!/[:：]/.test(text)) return text;
  return text
    .split("\n")
    .map((line) => (DISTRIBUTION_FIELD.test(line.trim()) ? " ".repeat(line.length) : line))
    .join("\n");
}

/** `folded` with its signature and distribution lines blanked (same length). */
export function blankSignatures(folded: string): string {
  if (!folded.includes("\n") && folded.length > 44) return folded;
  const lines = folded.split("\n");
  return lines
    .map((line, k) => (isSignatureLine(line) || DISTRIBUTION_FIELD.test(line.trim()) || (k > 0 && SEAL.test(line.trim()) && CLOSING.test(lines[k - 1].trim())) ? " ".repeat(line.length) : line))
    .join("\n");
}
