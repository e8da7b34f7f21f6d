/**
 * Who wrote it: author lines that introduce a speaker's proposal
 * (`某市教育局副局长王某某代表省民进:`), and bylines under a title (`□ 某市政协社会和法制委员会`,
 * `提案人：黄某某`, `**民盟某省委员会**`).
 *
 * Tests run on folded text; byline and organisation are cut from the original (the
 * author's own script).
 */

import { jointByline } from "./title-surface";
import { personCredit } from "./chrome-rules";
import { REPORTER_LABEL, spacedLabels } from "./line-shapes";
import { glyphKicker, columnHeadline, materialLabel } from "./genre-kickers";

export interface Authorship {
  byline: string;
  /** The party or organisation the author speaks for, or null. */
  organisation: string | null;
}

/**
 * Titles and posts that show a line is about a person (professional titles end in 师: 建筑师, 规划师;
 * any head of a unit ends in 长 where the name follows after a space: `某街道社工站站长 某某`).
 * Sixth wave: a trade's worker ends in 员 (`某公交公司驾驶员`, `社区网格员`; not 人员, 党员, 会员, 成员, 学员, 员工; 通讯员 is a reporter credit, read as before).
 */
const ROLE_WORDS =
  /委员|代表|主席|主委|主任|局长|厅长|处长|部长|院长|校长|教授|研究员|书记|会长|董事长|总经理|经理|律师|医生|医师|常委|秘书长|工程师|教师|馆长|所长|行长|社长|总监|理事长|专家|负责人|科长|镇长|乡长|县长|区长|市长|省长|主编|记者|博士|讲师|园长|队长|师(?![范生资])|(?<![人党会成学动演讯])员(?![工会])|长(?=\s)/g;

/** Parties, federations and bodies that submit collective proposals. */
export const PARTY = /民革|民盟|民建|民进|农工党|农工民主党|致公党|九三学社|台盟|工商联|共青团|妇联|科协|侨联|台联|青联/;
const ORG_SUFFIX =
  /(?:委员会|委会|支部|总支|调研组|课题组|办公室|政协|专委会|界别|联合会|商会|协会|学会|研究会|工作室|党组|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|工商联)$/;

/** Words of a sentence, not of a name line: `委员们提出:`, `具体建议如下:`. */
const NOT_A_NAME_LINE =
  /提出|表示|认为|指出|说|谈到|发言|强调|介绍|呼吁|如下|以下|问题|意见|措施|内容|情况|方面|要求|目标|原则|做法|经验|建议|主要|包括|分别|他们|我们|尊敬的|亲爱的|各位/;

/**
 * 2026-12-05 (twentieth wave): a verb of answering or saying closing the words before a colon (`市城管局局长某某回应：`,
 * `某某坦言：`): a report quotes someone there, a live blog's or a feature's line, where a name line names only.
 */
const SAYS_AT_END = /(?:回应|答复|回答|坦言|直言|感慨|透露|称)$/;

/**
 * Eighteenth wave (2026-12-05): the words a report or a feature names its own sections with (`◆现状调查`,
 * `■ 办理进展`, `◇ 问题症结`): a glyph-led line in them heads a part of the piece, never a person or a body.
 */
const SECTION_WORD = /现状|调查|调研|进展|背景|成效|对策|举措|症结|短板|难点|痛点|展望|思考|回音|回应|发现|链接/;

/** A short line in the words of a piece's own sections or sentences (`委员建议`, `现状调查`): no name. */
export function namesNoOne(folded: string): boolean {
  return NOT_A_NAME_LINE.test(folded) || SECTION_WORD.test(folded);
}

/** What may trail the organisation after 代表: `代表民盟省委会发言`. */
const AFTER_ORG = /(?:作|进行)?(?:大会|书面|专题)?(?:发言|提出|建议).*$/;

/** A personal name after the last title: up to four Han characters (or `某某`). */
const NAME_TAIL = /^[\u3400-\u9FFF·•]{0,4}$/;

function lastRoleEnd(folded: string): number {
  const withoutBodies = folded.replace(/委员会|委会/g, (m) => "＿".repeat(m.length));
  let end = -1;
  const re = new RegExp(ROLE_WORDS.source, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(withoutBodies)) !== null) end = m.index + m[0].length;
  return end;
}

function hasRole(folded: string): boolean {
  return lastRoleEnd(folded) >= 0;
}

/** Organisation after 代表 (`…王某某代表省民进` → `省民进`), cut from the original. */
function representedOrganisation(original: string, folded: string): string | null {
  const k = folded.lastIndexOf("代表");
  if (k <= 0) return null;
  let end = folded.length;
  const trailer = AFTER_ORG.exec(folded.slice(k + 2));
  if (trailer) end = k + 2 + trailer.index;
  const org = folded.slice(k + 2, end).trim();
  if (org.length < 2 || org.length > 24 || /[,、:;。]/.test(org)) return null;
  const start = k + 2 + (folded.slice(k + 2, end).length - folded.slice(k + 2, end).trimStart().length);
  return original.slice(start, start + org.length);
}

function isOrganisationOnly(folded: string): boolean {
  return (PARTY.test(folded) || ORG_SUFFIX.test(folded)) && !hasRole(folded) && (folded.length <= 30 || jointByline(folded));
}

function personLine(folded: string): boolean {
  const end = lastRoleEnd(folded);
  const tail = folded.slice(end).trim();
  return (end >= 0 && ((NAME_TAIL.test(tail) && !COLUMN_WORD.test(tail)) || POST_LIST_TAIL.test(tail))) || namedWithUnit(folded);
}

/**
 * Eighteenth wave: a post and a name, then the person's unit and post in brackets (`省政协委员 某某（省林业科学
 * 研究院研究员）`, `区政协委员 某某（某社区党委书记）`): an account or a portal prints its voices' name lines so.
 * The brackets say who the person is, no sentence (a post's own role word inside them is no name's end); a space sets
 * the name off the post.
 */
const UNIT_IN_BRACKETS = /^(.*[\u4e00-\u9fff·]{2,4})\s*\([^()。,;:!?]{2,24}\)$/;

function namedWithUnit(folded: string): boolean {
  const m = UNIT_IN_BRACKETS.exec(folded);
  if (!m) return false;
  const end = lastRoleEnd(m[1]);
  // A space sets the name off its post (`委员 某某`): glued to the post (`委员提案选登`) the words are a column's.
  const name = m[1].slice(end);
  return end >= 0 && /^\s+[\u4e00-\u9fff·]{2,4}$/.test(name) && !COLUMN_WORD.test(name.trim());
}

/**
 * Seventh wave: a post list after a known post, its last post one no vocabulary holds
 * (`县政协委员、桐安镇种粮大户 某某`, `……、县消防救援大队干部 某某`, `……、某社区志愿者 某某`): the
 * list's `、`, a unit and post of Han words, a gap, and a name of two to four characters.
 */
const POST_LIST_TAIL = /^、[\u4e00-\u9fff（）()]{2,24}\s+[\u4e00-\u9fff·]{2,4}$/;

/**
 * Fifth wave: what follows a post may be a column's word instead of a name — `委员建言：让……`,
 * `代表心声`, `委员风采`, `委员手记` head a column or a page, and no personal name is a word of
 * speaking, a voice or a portrait. Such a line names no speaker.
 */
const COLUMN_WORD = /^(?:建言|献策|心声|声音|之声|观点|热议|视角|视点|风采|履职|手记|随笔|议政|说事|议事|论坛|讲堂|访谈|在线|有约|聚焦|面对面|故事)/;

/** Cut [start, end) of both strings after trimming (they are aligned). */
function body(original: string, folded: string): { o: string; f: string } {
  const lead = folded.length - folded.trimStart().length;
  const tail = folded.length - folded.trimEnd().length;
  return { o: original.slice(lead, original.length - tail), f: folded.slice(lead, folded.length - tail) };
}

/**
 * Twenty-first wave (2026-12-05): a 公文's name (`关于……的立法协商意见`, `关于……的建议`) over a body and a colon
 * (`市人大常委会：`, `中共某市委员会：`): that body is the addressee the paper is sent to (主送), no author line —
 * an author line stands above the headline it introduces or opens a speech, and names who speaks. Only the bodies
 * a council's paper goes to are read so (a government, a standing committee of the congress, a party committee;
 * no party's or council's own committee, which would be a digest's author under its speech's headline).
 */
const DOCUMENT_NAME = /^关于.{2,80}的[\u4e00-\u9fff]{0,6}(?:建议|意见|报告|请示|函|提案|方案)$/;
const RECIPIENT = /(?:人民政府|政府|人大常委会|人民代表大会常务委员会|常委会|^中共.{1,12}(?:委员会|委))$/;

export function addresseeUnder(above: string | undefined, folded: string): boolean {
  const f = folded.trim();
  if (!above || !f.endsWith(":")) return false;
  const who = f.slice(0, -1).trim();
  return DOCUMENT_NAME.test(above.trim()) && RECIPIENT.test(who) && !PARTY.test(who) && !who.includes("政协") && who.length <= 30;
}

/**
 * An author line: a short line ending in a colon that names the speaker, as in a text
 * holding several speakers' proposals. `……代表省民盟:` (organisation 省民盟),
 * `省政协委员、省住建厅副厅长赵某某:` (no organisation), `致公党某省委员会：` (the body itself).
 */
export function parseAuthorLine(original: string, folded: string): Authorship | null {
  const { o, f } = body(original, folded);
  if (!f.endsWith(":")) return null;
  const fb = f.slice(0, -1).trimEnd();
  const ob = o.slice(0, fb.length);
  if (fb.length < 2 || fb.length > 60 || /[。!?;]/.test(fb) || SAYS_AT_END.test(fb)) return null;

  const org = representedOrganisation(ob, fb);
  if (org && !NOT_A_NAME_LINE.test(fb.slice(0, fb.lastIndexOf("代表")))) return { byline: ob, organisation: org };
  if (NOT_A_NAME_LINE.test(fb)) return null;
  if (isOrganisationOnly(fb)) return { byline: ob, organisation: ob };
  if (personLine(fb)) return { byline: ob, organisation: null };
  // Fourth wave: the name first and its posts in brackets (`某某（省政协委员、某县医院院长）：`), as a
  // forum prints each speaker; the bracket holds posts only, ending in a post's word.
  const bracketed = /^[\u4e00-\u9fff·]{2,4}\s*[(（]([^()（）]{2,40})[)）]$/.exec(fb);
  if (bracketed && personLine(bracketed[1])) return { byline: ob, organisation: null };
  return null;
}

/** An interviewer's label (`中新社记者：`, a long outlet's reporter, `主持人：`, `问：`): it asks, it has no headline. */
const ASKER_LABEL = new RegExp(String.raw`^\s*(?:${REPORTER_LABEL}|[\u4e00-\u9fff]{0,6}主持人|问|答)\s*:`);

/**
 * An author and a title on one line, as in a digest of speeches:
 * `农工党省委会：推进中医药传承创新`, `省政协委员王某某：关于加强课后服务的建议`.
 * The part before the colon must pass as an author line on its own; the part after must
 * read as a title (one short sentence at most).
 */
export function parseAuthorWithTitle(original: string, folded: string): (Authorship & { title: string }) | null {
  // `【民进鹭州市委】加快发展社区嵌入式托育`: the author in brackets, then the title.
  // A speaker tag (`【委员】市政协委员 某某`) labels the name line after it: a byline, no title.
  const bracket = SPEAKER_TAG.test(folded) ? null : /^\s*[【[]([^】\]]{2,40})[】\]]\s*(\S.{3,59})$/.exec(folded);
  if (bracket && !/[。!?;]/.test(bracket[2].slice(0, -1))) {
    const at = folded.indexOf(bracket[1]);
    const who = original.slice(at, at + bracket[1].length);
    const author = parseAuthorLine(`${who}:`, `${bracket[1]}:`);
    const titleAt = folded.length - bracket[2].length;
    if (author) return { ...author, title: original.slice(titleAt).trim().replace(/[。.]$/, "") };
  }
  const colon = folded.indexOf(":");
  if (colon < 2 || colon > 60) return null;
  // Sixteenth wave: a column's label before the colon (`委员来信：…`, `短评：…`, a genre's kicker `记者观察：…`)
  // names the kind of piece, no author.
  if (columnHeadline(folded) !== null || materialLabel(folded)) return null; // nineteenth wave: a compiler's label of material too
  const title = original.slice(colon + 1).trim();
  const titleFolded = folded.slice(colon + 1).trim();
  if (titleFolded.length < 4 || titleFolded.length > 60 || /[。!?;:,]/.test(titleFolded.slice(0, -1))) return null;
  // An interview's `记者：……？` is a question, not a speaker with a title.
  // Fourth wave: any reporter's label (`中新社记者：`, `某某日报记者：`) asks, with or without a `？`.
  if (/[?？]$/.test(titleFolded) || ASKER_LABEL.test(folded)) return null;
  // 2026-12-03: a field whose value is a post and a name (`受访委员：市政协委员、某银行行长 某某`) names
  // a person twice, no title: a record's field, not a speaker with a headline.
  if (personLine(titleFolded)) return null;
  const author = parseAuthorLine(original.slice(0, colon + 1), folded.slice(0, colon + 1));
  return author ? { ...author, title: title.replace(/[。.]$/, "") } : null;
}

/** A bracketed role label before a name line, a speaker tag (`〖发言人〗`, `【作者】`; speaker-tags.ts). */
export const SPEAKER_TAG = /^\s*[〖【[［]\s*(?:发言人?|发言者|委员|代表|作者|提案人|提案者|建言人?|署名|讲述人?|主讲人?|撰稿人?|执笔人?|来稿)\s*[〗】\]］]\s*/;

/**
 * The field labels of a record or a form that name who filed, presented or spoke it (`提案人：`,
 * `反映人：`, `汇报人：`, an approval app's `发起人：`): one list for the byline label and the field test.
 */
// Nineteenth wave: spaced out to fill a form's cell (`提 案 人：`, `反 映 人：`) it is the same label (line-shapes.ts).
const AUTHOR_FIELD_LABELS = spacedLabels("提案人|提案者|提案单位|建议人|提交人|提交单位|反映人|报告人|汇报人|发起人|发言人|发布人|留言人");

/** Labels before a byline: `提案人：`, `作者:`, `文/`, and a speaker tag (`〖发言人〗`). */
const BYLINE_LABEL = new RegExp(
  `${SPEAKER_TAG.source}|^(?:${AUTHOR_FIELD_LABELS}|联名人|作者|撰稿人?|执笔人?|供稿单位?|来稿|文|主持人(?=\\s*[:/|]\\s*[^\\s:]{0,12}记者))\\s*[:/|]\\s*`,
);
/** A record's or a form's author field: the label, a colon, then what it names (labelledByline). */
const LABELLED_FIELD = new RegExp(
  `^\\s*(?:>\\s*)*(?:[-*+]\\s+)?(?:${AUTHOR_FIELD_LABELS}|主持人(?=\\s*[:：]\\s*[^\\s:：]{0,12}记者))\\s*[:：]\\s*(\\S.*)$`,
);
/**
 * 2026-12-03 (third wave): a record's or a form's author field (`反映人：县政协委员 某某`,
 * `建议人：某某`, `提案单位：台盟某市委员会`): the label, then a person or a body — no sentence.
 * It is the byline line, never a metadata field to drop.
 */
export function labelledByline(folded: string): boolean {
  // 2026-12-03 (fifth wave): a speech's `发言人：` field names its author too, and a note app's export quotes the
  // field (`> 提案者：…`, a Markdown quote or list mark before it).
  // 2026-12-04 (fifteenth wave): who presents a report (`汇报人：`, `报告人：`, a slide outline's cover) and who
  // files a form in an approval app (`发起人：`, like `提交人：`) name its author in the same field shape.
  const m = LABELLED_FIELD.exec(folded);
  return !!m && m[1].length <= 40 && !/[。!?;]/.test(m[1]);
}


/** Decorations before a byline: `□ `, `——`, `■`. */
const BYLINE_GLYPH = /^(?:[□■◇◆●○▲△·•]+|[-—–]{1,3})\s*/;

/**
 * A byline right under the title. Returns null when the line is ordinary text.
 * The organisation is the body after 代表, or the byline itself when it names a body
 * (a committee, a party), else null.
 */
export function parseByline(original: string, folded: string): Authorship | null {
  const { o, f } = body(original, folded);
  if (!f || f.length > 80) return null;
  // 2026-12-05 (sixteenth wave): WeChat's originality mark opens the platform's author-and-account row (`原创 某某 某某政协`,
  // under the headline or over it): the head reads that row's cells (head.ts); the row itself is no one's name line.
  if (/^原创\s/.test(f)) return null;
  // A reporter's credit under a headline: `本报记者 周某某 通讯员 林某`, `新华社记者 王某某`.
  const label = BYLINE_LABEL.exec(f);
  // 2026-12-04 (seventh wave): its label goes (`文／本刊记者 某某`, `主持人：本报记者 某某`), as a proposer's does.
  // Nineteenth wave: a ◎ before a reporter's credits is the credit line's mark (`◎ 本报记者 某某 通讯员 某某`), no part of it.
  const circled = /^◎\s*/.exec(f)?.[0].length ?? 0;
  if (personCredit(f.slice(circled)) && /记者|通讯员|作者|撰文|实习生/.test(f) && !/^[(（]/.test(f)) return { byline: label ? o.slice(label[0].length).trim() : o.slice(circled).trim(), organisation: null };
  let start = 0;
  const glyph = label ? null : BYLINE_GLYPH.exec(f);
  if (label) start = label[0].length;
  else if (glyph) start = glyph[0].length;
  const fb = f.slice(start).trim();
  const ob = o.slice(start).trim();
  if (fb.length < 2 || /[。!?;]/.test(fb.slice(0, -1))) return null;
  // A glyph-led line in the words of a page rather than a name (`◆ 界别协商会发言选登`) labels the
  // page's contents: no byline, as an unmarked line in those words is none (NOT_A_NAME_LINE).
  if (glyph && NOT_A_NAME_LINE.test(fb) && !personLine(fb) && !representedOrganisation(ob, fb)) return null;
  if (glyph && SECTION_WORD.test(fb) && !personLine(fb) && !representedOrganisation(ob, fb) && !isOrganisationOnly(fb)) return null;

  const organisationOf = (): string | null => {
    const represented = representedOrganisation(ob, fb);
    if (represented) return represented;
    return isOrganisationOnly(fb) ? ob : null;
  };

  if (label) return { byline: ob, organisation: organisationOf() };
  if (fb.length > 40 || /[。,:;]/.test(fb)) return null;
  // 2026-12-03 (third wave): a glyph before a document's or a column's name (`■ 专题会议发言摘编`) marks a kicker, no author.
  if (glyph) return glyphKicker(f) ? null : { byline: ob, organisation: organisationOf() };
  if (representedOrganisation(ob, fb) || isOrganisationOnly(fb) || personLine(fb)) {
    if (NOT_A_NAME_LINE.test(fb)) return null;
    return { byline: ob, organisation: organisationOf() };
  }
  return null;
}
