// Text → search words. Every text, indexed or queried, goes through the same
// steps: control characters out, NFKC (full-width → half-width), Traditional
// folded to Simplified (opencc), lower case; then jieba cuts it into words
// (precise mode, no HMM, so the same string is cut the same way wherever it
// appears) and punctuation is dropped. For the index, long words also yield
// their dictionary sub-words (jieba's search mode) at the same position, so
// `人才` finds `人才队伍` and phrase positions stay those of the precise cut.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { toHans } from "../app/utils/script.server";
import { toSimplifiedAligned } from "../app/structurer/fold";

let jieba: Jieba | null = null;

/** jieba with its default dictionary, loaded on first use (~0.2 s). */
function cutter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Longest word kept; longer runs (a pasted URL, digits) are cut to this. */
export const MAX_TOKEN_LENGTH = 60;

// C0/C1 controls, zero-width and bidi marks, line/paragraph separators, BOM.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\ufeff]/g;
// Lone UTF-16 surrogates cannot be encoded as UTF-8 (the database would refuse them).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const NOT_WORD_RUN = /[^\p{L}\p{N}]+/gu;
const EDGE_NOT_WORD = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Remove what no text field should carry: control characters and broken surrogates. */
export function sanitize(text: string): string {
  return text.replace(LONE_SURROGATE, "").replace(CONTROL, " ");
}

/** The folded form every comparison uses: NFKC, Simplified, lower case, single spaces. */
export function normalize(text: string): string {
  const clean = sanitize(text).normalize("NFKC");
  return toHans(clean).toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The folded form with punctuation runs turned into one space: what exact
 * phrases are matched against (`"课后服务"` is found in `……课后服务。`).
 */
export function compact(text: string): string {
  return normalize(text).replace(NOT_WORD_RUN, " ").trim();
}

/**
 * Fold character by character, keeping the length, so that a match found at
 * [i, j) in the result can be highlighted at [i, j) in the original text.
 */
export function foldAligned(text: string): string {
  const simplified = toSimplifiedAligned(text);
  let out = "";
  for (let i = 0; i < simplified.length; i++) {
    const ch = simplified[i];
    const code = ch.charCodeAt(0);
    let folded = ch;
    if (code >= 0xff01 && code <= 0xff5e) folded = String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) folded = " ";
    const lower = folded.toLowerCase();
    out += lower.length === 1 ? lower : folded;
  }
  return out;
}

function cleanToken(raw: string): string | null {
  const token = raw.replace(EDGE_NOT_WORD, "");
  if (!token || !WORD_CHAR.test(token)) return null;
  return token.length > MAX_TOKEN_LENGTH ? token.slice(0, MAX_TOKEN_LENGTH) : token;
}

/** Words of an already normalized text, in order (precise cut). */
function cutNormalized(text: string): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const raw of cutter().cut(text, false)) {
    const token = cleanToken(raw);
    if (token) out.push(token);
  }
  return out;
}

/** The words of a text, folded, in order: what queries are made of. */
export function tokenize(text: string): string[] {
  return cutNormalized(normalize(text));
}

export interface PositionedToken {
  token: string;
  /** 1-based position in the precise cut; sub-words share their word's position. */
  position: number;
}

/**
 * Index words: every precise word at its position, plus, for Chinese words of
 * three characters or more, the dictionary words inside them (search mode).
 */
export function indexTokens(text: string, firstPosition = 1): PositionedToken[] {
  return tokensOfNormalized(normalize(text), firstPosition);
}

function tokensOfNormalized(normalized: string, firstPosition: number): PositionedToken[] {
  const out: PositionedToken[] = [];
  let position = firstPosition;
  for (const token of cutNormalized(normalized)) {
    out.push({ token, position });
    if (token.length > 2 && CJK.test(token)) {
      for (const sub of cutter().cutForSearch(token, false)) {
        const clean = cleanToken(sub);
        if (clean && clean !== token) out.push({ token: clean, position });
      }
    }
    position++;
  }
  return out;
}

/** What the index stores of a text: its compact form (`compact`) and its index words from position 0 (`indexTokens`). */
export interface IndexForm {
  compact: string;
  tokens: PositionedToken[];
}

// Index forms computed ahead (prepareIndexForms), by text: a pure function of
// the text, so a form taken from here is the one computed on the spot. The
// oldest are dropped beyond MAX_PREPARED.
const prepared = new Map<string, IndexForm>();
const MAX_PREPARED = 20_000;

function computeIndexForm(text: string): IndexForm {
  // One normalisation for both (issue 16: each title and body was folded twice).
  const normalized = normalize(text);
  return { compact: normalized.replace(NOT_WORD_RUN, " ").trim(), tokens: tokensOfNormalized(normalized, 0) };
}

/** `compact(text)` and `indexTokens(text, 0)` at once, taken from the prepared forms when there. */
export function indexForm(text: string): IndexForm {
  return prepared.get(text) ?? computeIndexForm(text);
}

/**
 * Compute the index forms of texts about to be indexed, ahead of the
 * transaction that indexes them (an import does it while the previous batch
 * is saved, so that PostgreSQL and this process work at the same time).
 */
export function prepareIndexForms(texts: Iterable<string>): void {
  for (const text of texts) {
    if (prepared.has(text)) continue;
    prepared.set(text, computeIndexForm(text));
    if (prepared.size > MAX_PREPARED) prepared.delete(prepared.keys().next().value!);
  }
}

/** Words of a text joined by spaces (for engines that split on spaces, e.g. Meilisearch). */
export function segmentedText(text: string): string {
  return tokenize(text).join(" ");
}

/**
 * Query words that carry little meaning on their own. They are dropped from a
 * query that has other words (they still match inside quoted phrases).
 */
export const STOP_WORDS = new Set([
  "的", "地", "得", "了", "着", "过", "和", "与", "及", "以及", "或", "或者", "是", "在", "对", "为", "等", "将",
  "把", "被", "从", "以", "于", "之", "其", "也", "都", "而", "并", "且", "这", "那", "个", "关于", "进行", "一个",
  "the", "a", "an", "of", "and", "or", "to", "in", "on", "for",
]);
