/**
 * Tree building: from a document's blocks (after its title and byline) to sections and
 * items.
 *
 * Nesting follows the text rather than a fixed scheme. A stack holds the open nodes;
 * a marker whose family is already open closes everything above that node and becomes
 * its sibling; a family not seen yet opens one level deeper. So `一是` lines are the top
 * level in a text that starts with them, and items under `（一）` in a text that starts
 * with `（一）`. Only the conventional top families (part, `一、`, `（一）`) refuse to nest
 * under a lower-ranked one. Markdown headings bound everything below them.
 *
 * This file dispatches each block: numbered ones to tree-numbered.ts, unnumbered
 * paragraphs (intro, recommendations, continuations) to tree-unnumbered.ts. The stack
 * lives in tree-state.ts, the node shapes in tree-drafts.ts.
 */
import { hasLeadPhrase, isBareHeading, isHeadingLike, isOnlyQuestion, isSectionHeading } from "./paragraphs";
import { tableLine } from "./table-rows";
import { isAnnexLabel } from "./annex";
import { fillDraft, lastDescendant, type Block, type DocumentDraft } from "./tree-drafts";
import { placeBarHeading, placeHeading, placeListItem, placeMarked, placeOuterHeading, placePlainHeading } from "./tree-numbered";
import { dissolveFalseHeadings, headingShape, isDayStamp, isOrdinalLabel, isRosterRow, pointsDown } from "./tree-heading-shape";
import { settleNarrative, settleSiblings } from "./tree-siblings";
import { TreeState } from "./tree-state";
import { LETTER_CLOSE, introducesProblems } from "./kinds";
import { FAMILY_RANK, type Family } from "./numbering";

/** A line that ends introducing problems (`……问题：`), no remedy said (`针对上述问题：` is a remedy's head). */
/** A turn's label alone on its line (`答：`, `某某：`): what pipeline.ts leaves when it cuts a numbered answer. */
const ANSWER_LABEL = /^[\u4e00-\u9fffA-Za-z]{1,6}\s*:$/;

function asksProblems(folded: string): boolean {
  const s = folded.trim();
  return isOnlyQuestion(s) && ASKS_PROBLEMS.test(s);
}

/**
 * Twenty-first wave (2026-12-05): the lead-in may close a paragraph that opened on the setting
 * (`近年来，……反复积水。经调研，我们认为主要存在以下问题：`): its last sentence announces the run, as a line
 * of its own would.
 */
function isProblemsLeadIn(folded: string): boolean {
  const s = folded.trim().replace(/^.*[。!?]/, "").trim();
  return /[:：]$/.test(s) && s.length <= 60 && introducesProblems(s) && !/针对|解决|破解|应对|对此|为此|化解|缓解/.test(s);
}
import { ASKS_PROBLEMS, placeParagraph } from "./tree-unnumbered";
import { labelAlone } from "./interview-turns";

/**
 * A section bar (a vertical block glyph), not a round bullet. Eighteenth wave (2026-12-05): an evening paper's
 * or a portal's filled diamond or square (`◆委员建议`, `■ 对策建议`) sets off its section lines the same way —
 * over a numbered run (isBarHeading) such a line is no item of a list, since the items carry their own numbers.
 */
const SECTION_BAR = /^[▍▌▎▏┃◆■]/;

/**
 * Fifteenth wave: a bar glyph, a bare heading after it (no sentence), and a numbered line right below
 * (`▍对策建议` / `（一）推行……`): the bar heads that run. Over plain paragraphs it stays as before.
 */
function isBarHeading(b: Block, next: Block | undefined): boolean {
  const lm = b.line;
  if (!lm || lm.family !== "bullet" || !SECTION_BAR.test(lm.marker) || !isBareHeading(b.folded.slice(lm.restStart))) return false;
  return !!next?.line && next.line.family !== "bullet";
}

/** A turn under its speaker's label (`主持人：…`, `某某：…`, `【嘉宾】…`), folded. */
const SPEAKER_TURN = /^(?:[^\s:。,]{1,12}:|【[^】]{1,8}】)\s*\S/;

/**
 * Twentieth wave (2026-12-05): a diary's day stamps (tree-heading-shape.ts isDayStamp) set off by a bullet glyph
 * (`▶ 10月12日（周一）石门乡`), and the entry right under any stamp when a glyph sets it off too (`🕘 上午9点，到达东湾。……`):
 * the day's account, no item of a list — the glyph decorates the diary, it counts nothing.
 */
function datedEntries(blocks: Block[]): Set<Block> {
  const dated = new Set<Block>();
  blocks.forEach((b, i) => {
    if (b.kind !== "para" || !isDayStamp(b.folded)) return;
    if (b.line?.family === "bullet") dated.add(b);
    const entry = blocks[i + 1];
    if (entry?.kind === "para" && entry.line?.family === "bullet" && !isDayStamp(entry.folded)) dated.add(entry);
  });
  return dated;
}

export class TreeBuilder {
  private readonly state = new TreeState();
  private plainHeadings = false;
  private dated: ReadonlySet<Block> = new Set();

  /** `speakers`: an interview's speaker labels (`记者`, `宋某某`), whose lines are never headings. */
  constructor(private readonly speakers: ReadonlySet<string> = new Set()) {}

  build(blocks: Block[]): DocumentDraft {
    // A text with any marker, heading or list item has structure: unnumbered paragraphs
    // before the first one are the intro, whatever they look like.
    // Twentieth wave: a diary's day stamps and the entries under them are narrative (datedEntries), whatever glyph sets them off.
    this.dated = datedEntries(blocks);
    this.state.structured = blocks.some((b) => !this.dated.has(b) && (b.kind !== "para" || b.line !== null));
    this.state.speakers = this.speakers;
    // Two or more unnumbered heading lines, each followed by text, are the text's sections
    // (also between numbered items: an interview's headings over its 首先/其次 answers).
    // One such line is a section too when at least two paragraphs opening with a lead
    // phrase follow it (`下一步，我们将这样做` / `拓展儿童活动空间。……` / `保障出行安全。……`).
    // Fifth wave: an annex after the text (`附件1` …) is held as the text of the node it follows
    // (annex.ts); only the body above it is read for sections and items.
    const annexAt = blocks.findIndex((b, i) => i > 0 && isAnnexLabel(b.folded));
    // Twelfth wave: a letter's closing formula (`此致` / `敬礼！`) ends its body; the signature, the
    // date and any note under it (a handling note, `名单附后`) are held like an annex, no nodes.
    const closeAt = blocks.findIndex((b, i) => i > 0 && LETTER_CLOSE.test(b.folded.trim()));
    const cut = closeAt > 0 && (annexAt < 0 || closeAt < annexAt) ? closeAt : annexAt;
    const body = cut > 0 ? blocks.slice(0, cut) : blocks;
    // A label the pipeline cut off its own line's measure (`答：延长开放时间。……`, pipeline.ts
    // splitSpeakerMarkers) shares that line's source: the measure keeps its item, no turn under a label alone.
    const ownLine = (label: Block, b: Block) => label.source === undefined || label.source < 0 || label.source !== b.source;
    this.state.spoken = new Set(body.filter((b, i) => i > 0 && this.isLabelAlone(body[i - 1], body[i - 2]) && ownLine(body[i - 1], b)));
    this.plainHeadings = this.countBareHeadings(body) >= 2 || body.some((b, i) => this.headsLeadPhrases(body, i) || this.headsTurnsAndRun(body, i));
    body.forEach((b, i) => this.add(b, body[i + 1], body[i + 2]));
    const doc = this.state.doc;
    const annex = cut > 0 ? blocks.slice(cut) : [];
    // A text whose body made no node has nothing for the annex to follow: read it as before.
    if (annex.length && !doc.children.length) annex.forEach((b, i) => this.add(b, annex[i + 1], annex[i + 2]));
    dissolveFalseHeadings(doc);
    settleSiblings(doc.children);
    settleNarrative(doc);
    if (annex.length && doc.children.length) {
      const holder = lastDescendant(doc.children[doc.children.length - 1]);
      for (const b of annex) holder.parts.push(b.text);
    }
    return doc;
  }

  /** Unnumbered heading lines, each followed by text: the sections of an unnumbered text. */
  private countBareHeadings(blocks: Block[]): number {
    let n = 0;
    blocks.forEach((b, i) => {
      const next = blocks[i + 1];
      if (next && this.isBareHeadingBlock(b) && !this.headsNothing(next)) n++;
    });
    return n;
  }

  private headsLeadPhrases(blocks: Block[], i: number): boolean {
    if (!this.isBareHeadingBlock(blocks[i])) return false;
    const [a, b] = [blocks[i + 1], blocks[i + 2]];
    const lead = (x: Block | undefined) => !!x && x.kind === "para" && x.line === null && hasLeadPhrase(x.folded);
    return lead(a) && lead(b);
  }

  /**
   * 2026-12-05: a programme's chapter card between turns (`破解之道`, `问题怎么解`, `支招`) —
   * a bare heading line, then one or two turns each under its speaker's label (the host's question, the
   * guest's `我有三点建议。`), then a numbered run (`第一点，……` / `第二点，……`). The card heads that run, as a
   * heading heads the lead-phrase paragraphs right under it; the turns between are its text.
   */
  private headsTurnsAndRun(blocks: Block[], i: number): boolean {
    // A card has no colon (a form's field over its fields, `案由：……`, is no card) and no brackets (`【委员答复】`
    // labels the turn under it, as SPEAKER_TURN reads it).
    const card = blocks[i].folded.trim();
    if (!this.isBareHeadingBlock(blocks[i]) || card.includes(":") || /^【[^】]*】$/.test(card)) return false;
    let k = i + 1;
    while (k <= i + 2 && blocks[k]?.kind === "para" && blocks[k].line === null && SPEAKER_TURN.test(blocks[k].folded.trim())) k++;
    const [a, b] = [blocks[k]?.line, blocks[k + 1]?.line];
    return k > i + 1 && !!a && !!b && a.family === b.family;
  }

  /**
   * Is the block after a bare heading line another bare heading (so the first heads nothing)?
   * Third wave (2026-12-03): a label with an ordinal and nothing else (`建议 1`, `举措二`, an
   * infographic's card number) opens an item, so the line before it heads that list.
   */
  private headsNothing(next: Block): boolean {
    return this.isBareHeadingBlock(next) && !isOrdinalLabel(next.folded);
  }

  /**
   * Third wave (2026-12-03): two levels of unnumbered headings. After the text's first section,
   * a bare heading line right above another bare heading that heads text (`我们建议` /
   * `扩大试点覆盖面` / its paragraph) is the section over those headed items, not a line lost
   * between sections.
   */
  private isOuterHeading(b: Block, next: Block, after: Block): boolean {
    // (After a section that heads text: a cover's caption lines before the first section are no sections.)
    const sectioned = this.state.doc.children.some((d) => d.parts.length > 1 || d.children.length > 0);
    if (!sectioned || this.state.stack.some((d) => d.heading)) return false;
    // Twelfth wave: a heading set like the sections already open at the top (`🔹 ……`, `对策：……`) is their
    // sibling; a line set otherwise above it (`👇 ……`, `【插播：……】`) heads none of them.
    const shape = headingShape(next.text);
    if (shape && shape !== headingShape(b.text) && this.state.doc.children.some((d) => d.family === "plain-heading" && headingShape(d.title ?? "") === shape)) return false;
    return this.isBareHeadingBlock(b) && this.isBareHeadingBlock(next) && !this.isBareHeadingBlock(after) && after.kind === "para" && after.line === null;
  }

  private isBareHeadingBlock(b: Block): boolean {
    // Twenty-first wave: nor a record's roster row (`出席：A、B、C`, tree-heading-shape.ts isRosterRow): counted as a
    // section while the tree is built, it made the record's sections out of its head and took the paragraphs under it as items.
    return b.kind === "para" && b.line === null && !this.state.spoken.has(b) && isSectionHeading(b.folded, this.speakers) && !tableLine(b.folded) && !isDayStamp(b.folded) && !pointsDown(b.folded) && !isRosterRow(b.folded);
  }

  /**
   * Sixteenth wave (2026-12-05): a transcript sets each speaker's label on a line of its own
   * (`汭州日报记者：` / `提案委员对办理结果满意吗？`). The line under it is what that speaker says — a
   * reporter's short question reads like a question heading (`谁可以申请？`) but heads no section.
   * Right under a question, a name of two to four characters alone with its colon (`酆某某：`) is the
   * answerer's label, known or not — as an inline label is after a question (tree-unnumbered.ts spokenBy).
   */
  private isLabelAlone(b: Block, before: Block | undefined): boolean {
    if (b.kind !== "para" || b.line !== null || !/:$/.test(b.folded.trim())) return false;
    const label = b.folded.trim().slice(0, -1).trim();
    return !!labelAlone(b.folded, this.speakers) || (/^[\u4e00-\u9fff]{2,4}$/.test(label) && !!before && /\?$/.test(before.folded.trim()));
  }

  /**
   * Eighth wave (2026-12-04): a lead-in line that announces problems (`调研发现，主要存在三方面问题：`,
   * `问题主要表现在：`) heads the numbered run right after it, whose items are background, as the
   * inline items after such a head already were (tree-drafts.ts `inlineDrafts`). Any other
   * unnumbered paragraph, a heading, or a marked line of a higher family ends the run.
   */
  private trackProblemRun(b: Block): void {
    const s = this.state;
    if (b.kind === "heading") s.problemRun = null;
    // Tenth wave: a question asking where the problems lie (`问：问题出在哪里？`) heads the answer's numbered
    // run like a problems lead-in; the answer's label cut off it (`答：`) keeps the run open.
    else if (b.kind === "para" && b.line === null && s.problemRun === "next" && ANSWER_LABEL.test(b.folded)) return;
    else if (b.kind === "para" && b.line === null) s.problemRun = isProblemsLeadIn(b.folded) || asksProblems(b.folded) ? "next" : null;
    else if (b.line && s.problemRun && s.problemRun !== "next" && b.line.family !== s.problemRun && FAMILY_RANK[b.line.family as Family] <= FAMILY_RANK[s.problemRun as Family]) s.problemRun = null;
  }

  private add(b: Block, next: Block | undefined, after: Block | undefined): void {
    const s = this.state;
    if (s.pending) {
      const p = s.pending;
      s.pending = null;
      if (b.kind === "para" && b.line === null) {
        if (!p.container) {
          // `一、` alone on a line (common in Word exports): this paragraph is its text.
          fillDraft(p, b.text, b.folded, p.family);
          s.last = lastDescendant(p);
          return;
        }
        // `第一调研组` then `发展普惠托育服务`: a heading line under a part is its title.
        if (isHeadingLike(b.folded, 40) && !b.folded.trim().endsWith("。")) {
          p.title = b.text.replace(/[。.]$/, "");
          p.parts.push(b.text);
          p.headingOnly = true;
          return;
        }
      }
    }
    this.trackProblemRun(b);
    if (b.kind === "heading") return placeHeading(s, b);
    if (b.kind === "list") return placeListItem(s, b);
    if (this.dated.has(b)) return placeParagraph(s, { ...b, line: null });
    if (b.line && isBarHeading(b, next)) return placeBarHeading(s, b, b.line);
    if (b.line) return placeMarked(s, b, b.line);
    if (this.plainHeadings && next && after && this.isOuterHeading(b, next, after)) return placeOuterHeading(s, b);
    if (this.plainHeadings && next && this.isBareHeadingBlock(b) && !this.headsNothing(next)) {
      return placePlainHeading(s, b);
    }
    placeParagraph(s, b);
  }
}
