/**
 * Photo captions between paragraphs (issue 12, the chrome stage, chrome.ts): a short line
 * without final punctuation right after a paragraph that reads as a caption, and the
 * neighbourhood it is read from.
 */
import { captionScore } from "./chrome-captions";
import { isBlank, neighbourIndex, type LineInfo } from "./chrome-lines";
import { NEWS_BRIEF } from "./chrome-selection-label";
import { BYLINE_MARK, MEMBER_WITH_POST } from "./chrome-masthead-kicker";
import { bracketedSignature } from "./chrome-signature";
import { endsSentence, hanDensity } from "./line-shapes";
import { isRecommendationLike } from "./paragraphs";
import { headsItemRun } from "./chrome-section-heads";
import { actorHeadline } from "./parallel-articles";
import { glyphPenName } from "./article-bylines";

/** A paragraph of prose: long enough, mostly Han characters, with sentence punctuation. */
export function isProse(f: string): boolean {
  return f.length >= 24 && hanDensity(f) >= 0.5 && (endsSentence(f) || /[。!?;]/.test(f));
}

/** The nearest non-blank, non-chrome line before (dir -1) or after (dir 1) `i`. */
export function neighbour(infos: LineInfo[], i: number, dir: 1 | -1): LineInfo | null {
  for (let j = i + dir; j >= 0 && j < infos.length; j += dir) {
    const info = infos[j];
    // Ornaments (`▼`, `———`) carry no text: a caption under one still follows the paragraph.
    if (isBlank(info) || info.reason || !/[\p{L}\p{N}]/u.test(info.folded)) continue;
    return info;
  }
  return null;
}

/** A reporter's byline of its own line (`本报记者 某某 通讯员 某某`): names under staff labels, no photo credit. */
function reporterByline(f: string): boolean {
  return f.length <= 30 && /^(?:本报|本刊|本网)?(?:特约)?记者\s*[\u4e00-\u9fff·]{2,4}(?:\s+(?:通讯员|实习生)\s*[\u4e00-\u9fff·]{2,4})*$/.test(f);
}

/**
 * A photo caption: a short line without final punctuation right after a paragraph, that
 * reads as a caption (captionScore) — more so when a heading, the footer or the end
 * follows it, where a caption sits and a section heading never does.
 */
export function isCaption(infos: LineInfo[], i: number): boolean {
  const info = infos[i];
  const f = info.folded;
  // A body's name (a signature, a byline) is not a caption.
  if (info.marker || BODY_NAME.test(f) || BYLINE_MARK.test(f)) return false;
  // Round 10: nor is a speaker's byline, a member's title and name (`委员 某某某`).
  // Sixteenth wave: nor is a reporter's byline of names alone (`本报记者 某某 通讯员 某某`), under a headline that closes a quote.
  if (SPEAKER_BYLINE.test(f) || bracketedSignature(f) || reporterByline(f)) return false;
  const prev = neighbour(infos, i, -1);
  // Seventeenth wave: a pen name set off by a glyph (`△ 江畔`) right under a headline that closes a quote
  // (`安全不能“自建自管”`) and over prose is a commentary's byline (article-bylines.ts penName), no caption.
  if (prev && glyphPenName(f) && headlineShaped(prev.folded) && isProse(neighbour(infos, i, 1)?.folded ?? "")) return false;
  // The paragraph before ends a sentence, maybe followed by a credit (`……186公里。（本报记者 某某）`).
  if (!prev || !/[。!?”"](?:\s*[(（][^()（）]{1,30}[)）])?$/.test(prev.folded)) return false;
  // Twelfth wave: a heading over lead-phrase items, with a sibling heading so set, is no caption (chrome-section-heads.ts).
  if (headsItemRun(infos, i)) return false;
  // Fifteenth wave: a bulletin item's headline (its actor as subject, parallel-articles.ts), with a
  // sibling so headed over prose elsewhere in the text, is no caption: the two head a page of items.
  if (actorHeadline(f) && siblingActorHeadline(infos, i)) return false;
  let score = captionScore(f, isRecommendationLike(f) || REC_VERB.test(f));
  if (score < 0) return false;
  // A picture shows what the text just told of: the line opens with a place or thing
  // named in the paragraphs above (`华亭路摊区夜间…`, `“骑手之家”里，…`).
  // On a page that credits its photos (`本版图片由记者 某某 摄`) that is more telling still.
  const j = neighbourIndex(infos, i, 1);
  const next = j >= 0 ? infos[j] : null;
  // Round 10: a line over a speaker's byline (`市政协委员 某某`, `九三学社某市委员会`) is its headline.
  // Nineteenth wave: so is a line over a byline set after a dash (`——市政协委员 某某`, `——民建某市委员会`; article-bylines.ts dashByline).
  const named = next ? next.folded.replace(/^\s*(?:——|—|--)\s*(?=\S)/, "") : "";
  if (next && !next.reason && ((named.length <= 24 && (SPEAKER_BYLINE.test(named) || BODY_NAME.test(named))) || MEMBER_WITH_POST.test(named))) return false;
  // Round 12: and a line over a news brief's lede (`本报讯（通讯员 某某）…`) is the brief's headline.
  if (next && !next.reason && NEWS_BRIEF.test(next.folded)) return false;
  // Sixteenth wave: and a line over a reporter's byline with prose under it (`新闻观察：……` / `本报记者 某某
  // 通讯员 某某` / text) heads the reporter's piece on a page of several; a photo's credit (`记者 某某 摄`) is none.
  if (next && !next.reason && reporterByline(next.folded) && isProse(neighbour(infos, j, 1)?.folded ?? "")) return false;
  // Round 10: the last line of the text (the footer or the end after it) may show a place
  // told of anywhere above (`某某小区新装的电梯投入使用` under the article).
  if (namedAbove(infos, i, !next || !!next.reason ? Infinity : 3)) score += creditsPhotos(infos) ? 2 : 1;
  if (!next || next.reason) score += 1;
  else if (isHeadingLine(next)) score += 1;
  // Between two narrative paragraphs (the next opens with no lead phrase such as
  // `简化审批流程。`), a line about people is a caption, not a section heading.
  // Only where no other heading line stands in the text: a series of short lines each over
  // a paragraph (`提高门诊统筹待遇` / `方便群众就医结算`) are headings.
  else if (score >= 1 && isProse(next.folded) && !LEAD_PHRASE.test(next.folded) && headingLines(infos) <= 1) score += 1;
  return score >= 2;
}

/** Another line of the text headed by its actor, over prose. */
function siblingActorHeadline(infos: LineInfo[], i: number): boolean {
  return infos.some((x, k) => {
    if (k === i || x.reason || !actorHeadline(x.folded)) return false;
    const next = neighbour(infos, k, 1);
    return !!next && isProse(next.folded);
  });
}

/** A place's proper name at the start of a line: `滨河路`, `城南驿站`, `东湖公园`. */
const PLACE_NAME = /^[\u4e00-\u9fff]{1,8}?(?:路|街|巷|桥|站|馆|园|村|广场|公园|码头|食堂|驿站|市场|摊区|夜市)/;

/** The name a line opens with: a quoted name (`“骑手之家”`), else a place's proper name. */
function openingName(f: string): string | null {
  const quoted = /^[“"「]([^”"」]{2,12})[”"」]/.exec(f);
  if (quoted) return quoted[1];
  const place = PLACE_NAME.exec(f);
  return place && place[0].length >= 3 ? place[0] : null;
}

/** Does the line open with a name that one of the paragraphs above it (three by default) used? */
function namedAbove(infos: LineInfo[], i: number, paragraphs = 3): boolean {
  const name = openingName(infos[i].folded);
  if (!name) return false;
  let k = i;
  for (let n = 0; n < paragraphs; n++) {
    k = neighbourIndex(infos, k, -1);
    if (k < 0) return false;
    if (infos[k].folded.includes(name)) return true;
  }
  return false;
}

const photoCredits = new WeakMap<LineInfo[], boolean>();

/** Does the page credit its photos (`本版图片由…摄`, `（记者 某某 摄）`)? */
function creditsPhotos(infos: LineInfo[]): boolean {
  let yes = photoCredits.get(infos);
  if (yes === undefined) {
    yes = infos.some((x) => x.folded.length <= 60 && /(?:图片|照片|图)[^。]{0,20}摄|摄影?\s*[)）]?$/.test(x.folded));
    photoCredits.set(infos, yes);
  }
  return yes;
}

const headingCounts = new WeakMap<LineInfo[], number>();

/** How many lines of the text read as headings (short, no final punctuation) over a paragraph. */
function headingLines(infos: LineInfo[]): number {
  let n = headingCounts.get(infos);
  if (n === undefined) {
    n = 0;
    for (let k = 0; k < infos.length; k++) {
      const info = infos[k];
      if (isBlank(info) || info.reason || info.verdict || !isHeadingLine(info) || info.folded.length < 4) continue;
      const j = neighbourIndex(infos, k, 1);
      if (j >= 0 && isProse(infos[j].folded)) n++;
    }
    headingCounts.set(infos, n);
  }
  return n;
}

/**
 * A body's name alone: a signature or a byline (`某某区政协`, `九三学社某市委员会`). Fifteenth wave: the
 * democratic parties' grass-roots units sign speeches too — a branch (支部), a general branch (总支), 九三学社's
 * branch (支社) — so a caption-shaped headline over one (`一座…` and `一段…` parted by an ideographic space) is that speech's headline.
 */
const BODY_NAME = /(?:委员会|政协|委|局|厅|办公室|支部|总支|支社|学社|联合会|商会|工会)$/;

/** A speaker's byline on a digest page: a member's or deputy's title, then a name. */
const SPEAKER_BYLINE = /^[\u4e00-\u9fff]{0,10}(?:委员|常委|代表)\s+[\u4e00-\u9fff·]{2,4}$/;

/** A headline: short, no sentence or clause mark inside (a closing quote may end it). */
function headlineShaped(f: string): boolean {
  return f.length >= 4 && f.length <= 40 && !/[。,;:!?，。；：！？]/.test(f);
}

/** A paragraph opening with a short lead phrase: `简化审批流程。……`. */
const LEAD_PHRASE = /^[^。,;:!?]{2,20}。/;

/** Opening verbs of a policy heading (`深化`, `打造`, `让`…), besides isRecommendationLike's. */
const REC_VERB = /^(?:让|使|把|以|向|从|坚持|聚焦|围绕|深化|打造|推动|激活|夯实|延伸|统一|多方|精准)/;

function isHeadingLine(info: LineInfo): boolean {
  const f = info.folded;
  // A short question is a heading too (`谁可以申请？`, `怎么保障？`).
  const question = f.length <= 15 && /^[^。!?;:,]+\?$/.test(f);
  return f.length <= 30 && (question || !/[。!?;:,]$/.test(f)) && !/。/.test(f) && !info.marker;
}
