/**
 * The head of a pasted page: what stands above the first paragraph of text. E-papers,
 * news sites and WeChat articles put the masthead (报名、网站名、公众号名), the edition,
 * a column label (民生关注), the date and source, then the headline, a subtitle and the
 * byline. This module finds the headline line among them, marks the masthead and column
 * labels above it as chrome, and reads the page's metadata:
 *
 * - date: the first full date (year, month, day) of the head — a date line, a date/source
 *   line, a WeChat account line — else a 公文's signature date at the end;
 * - source: a news agency's dateline (`新华社某地4月2日电`) wins; else the masthead or the
 *   WeChat account; else `来源：X` in the head; else `来源：X` at the end;
 * - byline of a news site's info line (`来源：X 作者：Y` → Y);
 * - a dateline title (`新华社某地4月2日电 题：……`: the title is what follows 题：).
 * Lines are classified on their folded form (fold.ts); values are cut from the original text.
 */
import { markdownHeadline, noteExportHeading } from "./head-markdown";
import { addresseeUnder, parseAuthorLine, parseAuthorWithTitle } from "./authors";
import { glyphKicker } from "./genre-kickers";
import { ACCOUNT_LINE, AUTHOR_FIELD, EDITION_CELL, MEDIUM_SUFFIX, AUTHOR_LABEL, DATE_RE, DATELINE_TITLE, PAGE_LINE, TITLE_BANNER, PUBLICATION, REPORTER_CELL, reporterOutlet, SOURCE_LABEL, headlineField, titleField, TITLE_WORDS } from "./head-shapes";
import { cut, datelineAgency, askedHeadline, dotRow, exclaimedHeadline, givesHeadlineAgain, headlineShaped, isSubtitle, isoDate, joinedLabel, labelShaped, mastheadRow } from "./head-shapes";
import { nearerHeadline, wordedHeadline } from "./title-score";
import { APP_PROMPT, BARE_BULLETIN, accountCardName, nameOverDate, outletName, ownDeskSite, portalHost, reprintOrigin, siteHost, siteName } from "./head-source";
import { seriesName, stationName, stationOverProgramme } from "./head-programme-source";
import { platformAccount } from "./chrome-social";
import { NOTE_LABEL, datedMasthead, editionBar, editionName, fullerName, instalmentLine, issueName, mastheadName, nameOverDescriptor } from "./head-names";
import { markHeadCredits } from "./head-credits";
import { undatedSignature } from "./head-tail";
import { coveringNote, withoutMarkdownMarks } from "./head-covering";
import { datelineDate, headDate, reprintStamp, transportDate } from "./head-dates";
import { issuerOverTitle, occasionTitle, recordOverTopic } from "./head-issuer";
import { brokenTitleAbove, brokenTitleBelow } from "./head-broken-title";
import { clean, creditInfoLine, infoLine, isByline, metadataNext, nextLive, previousLive, signatureDate, subtitled, tailSource, titleUnderDateline, type HeadLine, type PageMeta } from "./head-lines";
import { stripPinyinResidue } from "./pinyin";
import { headlinePointers } from "./chrome-contents";
import { LONE_LABEL } from "./annex";
import { echoedHeadline, labelUnderHeadline, pageLineOverStack, unechoedLabels } from "./head-echo";
import { postHeadline } from "./chrome-thread";

export { datelineAgency, isoDate } from "./head-shapes";
export type { HeadLine, PageMeta } from "./head-lines";

export function readHead(infos: HeadLine[], kept: (i: number) => boolean): PageMeta {
  const meta: PageMeta = { date: null, source: null, infoByline: null, titleLine: -1, title: null, titlePrefix: null, signatureLine: -1 };
  const live = (i: number) => infos[i].text !== "" && !infos[i].reason;

  // An e-paper's page line under its date (`2026年1月24日 星期六` / `07 特别报道`): edition.
  for (let i = 1, p = 0; i < Math.min(infos.length, 8); i++) {
    if (live(i) && PAGE_LINE.test(infos[i].folded) && (infos[p].verdict === "date" || (!!infos[p].reason && DATE_RE.test(infos[p].folded)))) infos[i].reason = "edition";
    if (infos[i].text) p = i;
  }
  // 2026-12-03: a covering note (`好的，以下是润色后的提案：`) ends the transport above the document (head-covering.ts).
  const note = coveringNote(infos, (j) => !(infos[j].marker && infos[j].marker.family !== "bullet") && headlineShaped(withoutMarkdownMarks(infos[j].folded)), (j) => wordedHeadline(infos[j].folded));
  for (let i = 0; i <= note; i++) if (live(i) && !kept(i)) infos[i].reason = "chat";
  // Where the body starts: the first paragraph of prose, numbered line or speaker.
  let bodyStart = infos.length;
  // 2026-12-03 (third wave): a page's list of its headlines (`本版热区：` / `①让秋粮…` / `②…`) opens no body (chrome-contents.ts).
  const pointers = headlinePointers(infos);
  const pointer = (i: number) => pointers.has(i);
  for (let i = 0; i < infos.length; i++) {
    if (!live(i)) continue;
    const { text, folded } = infos[i];
    if ((DATELINE_TITLE.test(folded) && datelineAgency(folded)) || headlineField(folded)) continue; // a dateline's 题：, and (2026-12-05) a headline-sized title field (head-shapes.ts), open no body
    const marker = infos[i].marker;
    if (marker && marker.family !== "bullet" && folded.length <= 40 && pointer(i)) continue;
    if (
      (folded.length >= 24 && /[。!?;]/.test(folded) && !exclaimedHeadline(folded) && !askedHeadline(folded)) ||
      (marker && marker.family !== "bullet") ||
      (parseAuthorLine(text, folded) && !addresseeUnder(infos[previousLive(infos, i)]?.folded, folded)) ||
      (parseAuthorWithTitle(text, folded) && !metadataNext(infos, i)) ||
      /^编者按|^按[:：]/.test(folded)
    ) {
      bodyStart = i;
      break;
    }
  }
  // The headline: a dateline's 题：, else the first headline-shaped line that is not a masthead, a column label, a byline or a subtitle.
  const candidates: number[] = [];
  for (let i = 0; i < bodyStart; i++) {
    if (!live(i)) continue;
    const f = infos[i].folded;
    const dateline = titleUnderDateline(infos, i); // eighteenth wave: `题：…` under its dateline alone (head-lines.ts)
    if ((DATELINE_TITLE.test(f) && datelineAgency(f)) || dateline >= 0) {
      const m = (dateline >= 0 ? TITLE_BANNER : DATELINE_TITLE).exec(f)!;
      meta.titleLine = i;
      meta.title = stripPinyinResidue(infos[i].text.slice(m.index + m[0].length).trim());
      meta.titlePrefix = dateline >= 0 ? infos[i].text.trim() : infos[i].text.slice(0, m.index + 1).trim(); // a banner line stays text, as a field's
      if (dateline >= 0 && !kept(dateline)) infos[dateline].reason = "metadata"; // …and its dateline goes, as metadata
      break;
    }
    // A form's title field (`题目：关于……的建议`): the title is the value; the label goes. Fifteenth wave: a record's heading right over `议题：` is the title (head-issuer.ts).
    const field = titleField(f);
    if (field) {
      const record = recordOverTopic(infos, i);
      meta.titleLine = record >= 0 ? record : i;
      if (record >= 0) break;
      meta.title = stripPinyinResidue(infos[i].text.trim().slice(field[0].length).trim());
      meta.titlePrefix = infos[i].text.trim(); // 2026-12-03 (fourth wave): the field's line stays the document's text (`议题：…` heads a record), as typed
      break;
    }
    if (isSubtitle(f) || isByline(infos[i]) || infos[i].verdict === "date" || DATE_RE.test(f)) continue;
    // A glyph's kicker over the headline (`■ 某某会议发言摘编`): a column's label, no headline (authors.ts).
    if (glyphKicker(f) || (infos[i].marker && pointer(i))) continue;
    // A journal's issue line (`履职·调研 《某省政协》2026年第4期`): the periodical's running head, no headline.
    // Seventh wave: so is an annex's label over its headline (`附件2`, one annex exported alone): a document label; thirteenth, a programme's instalment.
    if (issueName(f) || instalmentLine(f) || LONE_LABEL.test(f.trim()) || dotRow(f)) { // twenty-first wave: an app's row of dotted cells (head-shapes.ts)
      if (!kept(i) && !infos[i].reason) infos[i].reason = issueName(f) ? "masthead" : "metadata";
      continue;
    }
    if (headlineShaped(f)) candidates.push(i);
  }
  // Twelfth wave: a microblog post's headline glued before its lede (`#话题# 【标题】近日，……`, chrome-thread.ts).
  const post = meta.titleLine < 0 && !candidates.length && bodyStart < infos.length && !infos[bodyStart].reason ? postHeadline(infos[bodyStart].text) : null;
  if (post) {
    meta.titleLine = bodyStart;
    meta.title = stripPinyinResidue(post.title);
    meta.titlePrefix = post.rest;
  }
  // A browser's page title above the headline (`标题 - 某某网`, `标题_某某网`), a teaser (`本期看点：标题`),
  // or the headline given twice: the first copy goes (head-shapes.ts, givesHeadlineAgain).
  for (const i of [...candidates]) {
    const f = infos[i].folded;
    const copy = candidates.find((j) => j > i && givesHeadlineAgain(f, infos[j].folded));
    if (copy !== undefined && !kept(i)) {
      infos[i].reason = "repeated";
      candidates.splice(candidates.indexOf(i), 1);
    }
  }
  if (meta.titleLine < 0 && candidates.length) {
    const longer = (i: number) => candidates.some((j) => j > i && infos[j].folded.length >= 8);
    // Newspaper furniture (edition, date, navigation) right around a line.
    const furniture = (i: number, from: number, to: number) =>
      infos.slice(Math.max(0, i + from), Math.max(0, i + to)).some((x) => x.reason === "edition" || x.reason === "navigation" || x.verdict === "date" || (x.reason === "metadata" && DATE_RE.test(x.folded)) || editionBar(x));
    meta.titleLine =
      candidates.find((i) => {
        const f = infos[i].folded;
        // A line naming its edition (`今日某某 电子版`) is the masthead (head-names.ts).
        if (editionName(f) || nameOverDescriptor(infos, i)) return false;
        // A column label such as `政协提案` ends like a title; a longer headline follows it.
        if (TITLE_WORDS.test(f) && !(labelShaped(f) && f.length <= 6 && longer(i))) return true;
        if ((PUBLICATION.test(f) || mastheadRow(f)) && (longer(i) || furniture(i, 1, 4))) return false;
        // Round 8's masthead-over-issue-number rule and the name-over-follow-prompt rule went: title-score.ts covers them.
        return !((labelShaped(f) || joinedLabel(f)) && (longer(i) || furniture(i, -4, 0))); // seventeenth wave: `政协周刊·协商在嶓州` (joinedLabel)
      }) ?? -1;
  }
  // 2026-12-03 (fifth wave): a Markdown export's `# ` headline is the title, its hashes gone (head-markdown.ts).
  const h1 = markdownHeadline(infos, candidates);
  if (h1.line >= 0 && h1.exported && meta.title === null) {
    meta.titleLine = h1.line;
    meta.title = stripPinyinResidue(infos[h1.line].text.trim().replace(/^#{1,6}\s+/, ""));
  }
  if (meta.titleLine < 0 && !candidates.length) meta.titleLine = occasionTitle(infos, bodyStart); // a speech's occasion over its speaker (head-issuer.ts)
  const chainPick = meta.titleLine; // the headline by position and wording (title-score.ts); lines between worded as headlines stay
  if (!(h1.line >= 0 && meta.titleLine === h1.line)) meta.titleLine = nearerHeadline(infos, candidates, bodyStart, meta.titleLine, (i) => isByline(infos[i]));
  if (meta.title === null) meta.titleLine = echoedHeadline(infos, candidates, meta.titleLine, bodyStart, kept); // eighth wave: head-echo.ts
  // A document pasted after a covering note came out of a Markdown view (an assistant's reply): its `## ` goes.
  // Fifth wave: so does a note export's `# ` over its own title, pasted as text (chrome-exports.ts).
  // Only in a text that shows Markdown elsewhere (another heading line): a lone `# ` may be meant.
  if (meta.titleLine >= 0 && meta.title === null && (note >= 0 ? meta.titleLine > note : noteExportHeading(infos, meta.titleLine))) {
    const raw = infos[meta.titleLine].text.trim();
    if (withoutMarkdownMarks(raw) !== raw) meta.title = stripPinyinResidue(withoutMarkdownMarks(raw)).replace(/[。.]$/, "");
  }
  // No headline above the body (a page of digests opening with 编者按): the page's
  // masthead, and a column label after newspaper furniture, are still chrome.
  if (meta.titleLine < 0 && candidates.length && bodyStart < infos.length) {
    let furniture = false;
    for (const i of candidates) {
      const f = infos[i].folded;
      if (kept(i)) continue;
      if (PUBLICATION.test(f) || /数字报|电子版|数字版/.test(f)) {
        infos[i].reason = "masthead";
        furniture = true;
      } else if (labelShaped(f) && !subtitled(infos, i) && !NOTE_LABEL.test(f.trim()) && (furniture || infos.slice(0, i).some((x) => x.reason === "edition" || x.reason === "navigation" || editionBar(x)))) {
        infos[i].reason = "column";
      }
    }
  }
  // The issuing body's name over a 公文's `关于…` title is the title's first part (head-issuer.ts).
  // So is a headline's first part over it on a scan's hard-wrapped page (head-broken-title.ts).
  const issuer = meta.title === null ? Math.max(issuerOverTitle(infos, meta.titleLine), brokenTitleAbove(infos, meta.titleLine)) : -1;
  if (issuer >= 0) {
    meta.title = stripPinyinResidue(`${infos[issuer].text.trim()}${infos[meta.titleLine].text.trim()}`);
    if (infos[issuer].reason === "column") infos[issuer].reason = null;
  }
  // 2026-12-03 (fifth wave): or the headline's rest on the line under it (head-broken-title.ts); documents.ts skips that line.
  const rest = meta.title === null && issuer < 0 ? brokenTitleBelow(infos, meta.titleLine, (i) => isByline(infos[i])) : -1;
  if (rest >= 0) meta.title = stripPinyinResidue(`${infos[meta.titleLine].text.trim()}${infos[rest].text.trim()}`);
  // Above the headline: mastheads and column labels are chrome; sentences stay.
  // 2026-12-03 (sixth wave): a menu's item between two menu items (`理论研究` / `文史资料` / `专题专栏`) is an item,
  // though a surname may open it (文, 史, 常): a name line stands alone, not inside a run of labels.
  const menuItem = (j: number) => !!infos[j] && (infos[j].reason === "column" || infos[j].reason === "navigation" || (live(j) && labelShaped(infos[j].folded)));
  const inLabelRun = (i: number) => menuItem(i - 1) && menuItem(i + 1) && !/\s/.test(infos[i].folded.trim());
  if (meta.titleLine > 0) {
    for (let i = 0; i < meta.titleLine; i++) {
      if (!live(i) || kept(i) || i === issuer || (isByline(infos[i]) && !inLabelRun(i)) || (i > chainPick && wordedHeadline(infos[i].folded) && !nameOverDescriptor(infos, i))) continue;
      const f = infos[i].folded;
      // 2026-12-03 (sixth wave): a print headline's three-line stack — 引题 right above, the headline, a dashed 副题 right
      // under it. The kicker over a dashed subtitle is the article's words (content), as the subtitle is; a column's
      // label (a short name, labelShaped) there stays a label, and so does a page's line (twenty-first wave, pageLineOverStack).
      if (i === meta.titleLine - 1 && isSubtitle(infos[meta.titleLine + 1]?.folded ?? "") && !labelShaped(f) && !glyphKicker(f) && !DATE_RE.test(headDate(f)) && !/[\d·•・|｜丨]/.test(f) && f.trim().length >= 6 && !pageLineOverStack(infos, i)) continue;
      if (glyphKicker(f)) infos[i].reason = "column";
      // A paper's name in Latin capitals under its masthead (`FENGDU NEWS`).
      if (/^[A-Z][A-Z .&'-]{2,30}$/.test(infos[i].text.trim())) infos[i].reason = "masthead";
      // A date with the account or paper that published it (`2026-07-08 某省政协`): metadata.
      // (Read through OCR's misread digits, `2026年1O月l4日`: head-dates.ts.)
      if (DATE_RE.test(headDate(f)) && f.length <= 40 && !/[。;,]/.test(f)) infos[i].reason = "metadata";
      else if (headlineShaped(f) && f.length <= 24)
        infos[i].reason = PUBLICATION.test(f) || mastheadRow(f) || mastheadName(f) || nameOverDescriptor(infos, i) || /数字报|电子版|数字版/.test(f) ? "masthead" : "column";
    }
  }

  unechoedLabels(infos, meta.titleLine, bodyStart, kept); // eighth wave: a short label the body does not echo (head-echo.ts)
  if (meta.title === null) labelUnderHeadline(infos, meta.titleLine, kept); // ninth wave: a tag between headline and dateline
  // 2026-12-03 (fourth wave): a credit line between the headline and the body (`某平台 作者：某某`) is the info line.
  for (let i = meta.titleLine + 1; meta.titleLine >= 0 && i < bodyStart; i++) {
    if (live(i) && !kept(i) && !isByline(infos[i]) && creditInfoLine(infos[i].folded)) infos[i].reason = "metadata";
  }
  // Date, source and the info line's author, from the head (chrome lines included).
  const headEnd = Math.max(bodyStart, meta.titleLine + 1);
  const firstBody = nextLive(infos, headEnd - 1);
  let masthead: string | null = null;
  let account: string | null = null;
  let headSource: string | null = null;
  let dateLine = -1; // the head line that gave the date
  let [infoOutlet, platform]: (string | null)[] = [null, null]; // platform: an app's name over its descriptor line
  for (let i = 0; i < Math.min(headEnd, infos.length); i++) {
    const { text, folded } = infos[i];
    if (!folded) continue;
    const dated = headDate(folded);
    if (!meta.date && (infos[i].reason || infos[i].verdict === "date" || i < meta.titleLine || infoLine(dated)) && DATE_RE.test(dated) && !transportDate(infos, i)) {
      meta.date = isoDate(dated);
      dateLine = i;
    }
    const source = SOURCE_LABEL.exec(folded);
    if (source && !headSource) headSource = cut(text, folded, source[1]);
    const author = AUTHOR_FIELD.exec(folded) ?? AUTHOR_LABEL.exec(folded);
    if (author && (infos[i].reason || infoLine(dated))) meta.infoByline = cut(text, folded, author[1]);
    // 2026-12-03 (fifth wave): an info line's cells without labels (`DATE 某某晚报 晚报记者 某某`): the reporter's cell is the byline.
    const reporter = !meta.infoByline && (infos[i].reason || infoLine(dated)) && DATE_RE.test(dated) ? REPORTER_CELL.exec(folded) : null;
    if (reporter) meta.infoByline = cut(text, folded, reporter[1]);
    // …and a cell that is a publication's bare name (`某某都市报`), or the reporter's desk (fifteenth wave, head-shapes.ts), names the outlet.
    if (!infoOutlet && (infos[i].reason || infoLine(dated)) && DATE_RE.test(dated)) {
      const cell = folded.split(/\s{2,}|\s*[|｜]\s*/).find((c) => /^[\u4e00-\u9fff]{2,16}$/.test(c.trim()) && PUBLICATION.test(c.trim())) ?? (reporter ? reporterOutlet(folded, reporter[1]) : null);
      if (cell) infoOutlet = cut(text, folded, cell.trim());
    }
    // Seventh wave: an edition's line names its paper (`【某某手机报】DATE 第N期`); an app over its `…平台` line hosts, as a portal (head-names.ts).
    if (!masthead && i < (meta.titleLine >= 0 ? meta.titleLine : bodyStart) && editionName(folded)) masthead = cut(text, folded, editionName(folded)!);
    if (!platform && i < (meta.titleLine >= 0 ? meta.titleLine : bodyStart)) platform = nameOverDescriptor(infos, i);
    // Round 12: an account's name may stand under the headline, over its info line (markAccountName).
    if (!masthead && (i < (meta.titleLine >= 0 ? meta.titleLine : bodyStart) || infos[i].reason === "masthead") && (infos[i].reason === "masthead" || infos[i].reason === "column")) {
      const pub = platformAccount(folded) ?? mastheadName(folded) ?? PUBLICATION.exec(folded.replace(MEDIUM_SUFFIX, ""))?.[1];
      if (pub && (infos[i].reason === "masthead" || (MEDIUM_SUFFIX.test(folded) && PUBLICATION.test(folded))) && !APP_PROMPT.test(pub) && !BARE_BULLETIN.test(pub)) masthead = cut(text, folded, pub);
    }
    // 2026-12-03 (third wave): a paper's dated masthead (`某某日报 2026年11月27日 第06版 政协专刊`),
    // whatever stage removed it: its first cell, a publication's bare name, is the source.
    if (!masthead && i < (meta.titleLine >= 0 ? meta.titleLine : bodyStart) && DATE_RE.test(folded)) masthead = datedMasthead(text);
    if (!masthead && i < (meta.titleLine >= 0 ? meta.titleLine : bodyStart)) masthead = issueName(folded) ? cut(text, folded, issueName(folded)!) : null;
    // 2026-12-03 (fourth wave): WeChat's author-and-account row without its date (the date on the next line):
    // `原创 某某委员会 某某政协` — the last cell is the account (the source).
    const undated = !account && infos[i].reason === "metadata" ? /^原创\s+(\S{2,24})\s+(\S{2,20})$/.exec(folded) : null;
    if (undated && !DATE_RE.test(folded)) account = cut(text, folded, undated[2]);
    const acc = infos[i].reason === "metadata" ? ACCOUNT_LINE.exec(folded) : null;
    // 2026-12-03 (fifth wave): a release account is named `某某发布`; only a label (`发布时间`, `发布于`, `发表于`, `来源`) is no account.
    // An office beside the date (`县政协办公室 2026年8月27日` under a 纪要's number) issues the record: no account.
    // Tenth wave: a compiler's or a printer's cell (`市政协研究室编`, `…办公室印发`) edits a record, it publishes no page.
    if (acc && !/来源|时间|日期|^发布|^发表|发布于|发表于|[:：]$|办公室$|[编編]印?$|印发$/.test(acc[1]) && !EDITION_CELL.test(acc[1]) && !EDITION_CELL.test(folded)) {
      account = cut(text, folded, acc[1]);
      // 2026-12-03 (third wave): WeChat prints the author before the account (`原创 某某委员会 某某政协 DATE`);
      // an author cell other than the account's name is the byline (the same name twice is the account alone).
      const author = /^原创\s+(\S{2,24})\s+\S/.exec(folded)?.[1];
      // An outlet producing for the account (`原创 某某融媒 某某发布 DATE`) is no author (head-shapes.ts, PUBLICATION).
      if (author && author !== acc[1] && !meta.infoByline && !DATE_RE.test(author) && !PUBLICATION.test(author)) meta.infoByline = cut(text, folded, author);
    }
  }
  // A news agency's dateline, in the head or opening the first paragraph.
  let agency: string | null = null;
  for (const i of [meta.titleLine, titleUnderDateline(infos, meta.titleLine), firstBody]) {
    if (i >= 0 && i < infos.length && !agency) agency = datelineAgency(infos[i].folded);
    // The dateline's day dates the report, not a reprint's later stamp — never a paper's page line or the outlet's own page (head-dates.ts).
    if (agency && meta.date && i >= 0 && i < infos.length && reprintStamp(infos, dateLine, agency)) meta.date = datelineDate(infos[i].folded, meta.date) ?? meta.date;
  }
  // A WeChat reprint's origin wins over the account that reprints it, as an agency's dateline does (head-source.ts).
  const origin = reprintOrigin(infos, headEnd);
  // A portal hosts what its offices publish: the source only when nothing else is (head-source.ts).
  const portal = masthead && (portalHost(infos, masthead, meta.titleLine) || siteHost(infos, masthead, headSource)) ? masthead : null;
  if (portal) masthead = null;
  // Twelfth wave: a `来源：` naming a desk of the body whose site shows the page gives way to the site (head-source.ts).
  const ownSite = headSource ? ownDeskSite(infos, meta.titleLine, headSource) : null;
  meta.source = fullerName(outletName(clean(agency ?? origin ?? ownSite ?? (headSource ? null : platform) ?? stationOverProgramme(infos, meta.titleLine, masthead) ?? masthead ?? account ?? accountCardName(infos, meta.titleLine) ?? seriesName(infos, meta.titleLine) ?? stationName(infos, meta.titleLine) ?? nameOverDate(infos, headEnd, meta.titleLine, (i) => isByline(infos[i])) ?? headSource ?? infoOutlet ?? portal ?? siteName(infos) ?? tailSource(infos))), clean(masthead ?? portal), infos); // eighteenth wave: a short form yields to the masthead's full name (head-names.ts)
  markHeadCredits(infos, bodyStart, meta.titleLine, meta.source, kept);
  // Round 10: the signature is marked even when the page gave a date (a letter posted on a forum).
  const signed = signatureDate(infos, meta);
  if (!meta.date) meta.date = signed;
  if (meta.signatureLine < 0) meta.signatureLine = undatedSignature(infos);
  // 2026-12-03: the info line between the headline and the body (`2026/05/20 · 42分钟`,
  // `（2026年9月18日…会议通过）`) is metadata, as the same line over the headline is.
  for (let i = meta.titleLine + 1; meta.titleLine >= 0 && i < bodyStart; i++) {
    if (live(i) && !kept(i) && !isSubtitle(infos[i].folded) && infoLine(headDate(infos[i].folded))) infos[i].reason = "metadata";
  }
  return meta;
}
