/**
 * Kickers that name a kind of piece, never its author: a glyph before a document's or column's name
 * (`■ 专题会议发言摘编`), a paper's genre names (`短评`, `编后`, `记者手记`) alone or before a colon, and a
 * column's label glued to a headline (`委员来信：…`). Byline readers (authors.ts) and page splitters
 * (page-pieces.ts, pasted-articles.ts) ask these before reading a line as a name.
 */
/**
 * 2026-12-03 (third wave): a glyph before the name of a document or a column (`■ 专题会议发言摘编`,
 * `◆ 委员观察`) marks a kicker over the page's headline, no author: a name names no kind of text.
 */
export function glyphKicker(folded: string): boolean {
  return /^\s*[□■◇◆●○▲△]+\s*\S{2,20}?(?:摘编|摘登|实录|纪要|综述|专刊|专版|专题|发言|建议|提案|报告|访谈|观察|声音)$/.test(folded) || GLYPH_GENRE.test(folded);
}

/**
 * The closed class of a paper's genre names over a commentary, an editor's afterword or a
 * reporter's notes (`短评`, `编后`, `记者手记`): never a section of a report, never a person. Nineteenth wave
 * (2026-12-05): notes (手记) are a genre whoever keeps them — a member's (`委员手记`), a deputy's, an editor's, a
 * member's round of duties or fieldwork (`履职手记`, `调研手记`): the word before 手记 says who or when, never a section.
 */
export const GENRE_NAME = "(?:短评|时评|快评|微评|锐评|述评|评论|点评|编后|编后语|编后记|(?:记者|委员|代表|编辑|履职|调研|采访)手记|记者观察|一线观察|新闻观察|言论)";
/**
 * Sixteenth wave (2026-12-05): a column's name glued to a piece's headline by a colon (`委员来信：…`,
 * `读者来信：…`, `短评：…`, `简讯：…`): the genres above, letters from members, readers and residents, and
 * news flashes. The label names the kind of piece a page prints (page-pieces.ts), never who wrote it.
 */
const COLUMN_LABEL = new RegExp(`^(?:${GENRE_NAME}|(?:委员|读者|群众|市民|网友|居民)?来信|简讯|短讯|快讯)\\s*[:：]\\s*(\\S.*)$`);

/**
 * 2026-12-05 (nineteenth wave): a label naming the kind of material a compiler filed (`委员提案摘要：`, `建议原文：`,
 * `材料二：`, `提案摘编：`) before a colon on a title's line: a clippings file's or a digest's label, never an author,
 * however it opens (`委员…` reads as a member).
 */
const MATERIAL_LABEL = /^\s*[\u4e00-\u9fff]{0,8}(?:摘要|摘编|摘登|原文|全文|节选|选登|选编|材料[一二三四五六七八九十\d]{0,2})\s*[:：]/;
export function materialLabel(folded: string): boolean {
  return MATERIAL_LABEL.test(folded);
}

/** The headline after a column's label and a colon (`委员来信：背街小巷的路灯该亮了` → the rest), else null. */
export function columnHeadline(f: string): string | null {
  const m = COLUMN_LABEL.exec(f.trim());
  return m ? m[1] : null;
}
/** Fifteenth wave (2026-12-04): a glyph before a genre's name alone (`■ 短评`) is that kicker, no pen name. */
/**
 * Sixteenth wave: a genre's name before a colon on a headline (`记者观察：让……`, `短评：……`) is the
 * column's kicker on the title's line (the title keeps it), never an author: the reporter signs below.
 */
const GENRE_KICKER = new RegExp(`^\\s*${GENRE_NAME}\\s*:`);
export function genreKicker(folded: string): boolean {
  return GENRE_KICKER.test(folded);
}
const GLYPH_GENRE = new RegExp(`^\\s*[□■◇◆●○▲△]+\\s*[【[〔(（]?${GENRE_NAME}[】\\]〕)）]?$`);
