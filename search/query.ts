// A query string as typed → what the engines match. Never throws: any input
// (SQL, tsquery syntax, 10,000 characters, control characters, emoji) ends as
// a list of plain words and phrases, or as an empty query. Engines never see
// the raw string; they build their own syntax from these words, escaped.
import { STOP_WORDS, compact, normalize, sanitize, tokenize } from "./segment";

/** Input longer than this is cut (after the cut the query is still checked word by word). */
export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 12;
export const MAX_PHRASES = 4;

/** A word, or a run of characters that jieba left as single characters (网约车 → 网 约 车), matched as adjacent. */
export interface QueryTerm {
  /** The folded text (tokens joined). */
  text: string;
  /** Its words in order; more than one means they must be adjacent. */
  tokens: string[];
}

export interface QueryPhrase {
  /** Folded text with punctuation runs as single spaces, matched as a substring. */
  text: string;
  /** Its words in order. */
  tokens: string[];
}

export interface ParsedQuery {
  /** The cleaned query as shown back to the reader (not folded). */
  display: string;
  /** Distinct words outside quotes, folded; items with all of them rank first. */
  terms: QueryTerm[];
  /** Quoted phrases: every one is required, as written (after folding). */
  phrases: QueryPhrase[];
  /**
   * Unquoted runs of several words as typed (e.g. `课后服务`): not required, but
   * an item that contains one exactly ranks above one with the words apart.
   */
  chunks: string[];
  /** True when nothing searchable is left. */
  empty: boolean;
}

const SINGLE_CJK = /^[\u3400-\u9fff\uf900-\ufaff]$/;

/** Group runs of single Chinese characters (words jieba does not know) into one adjacent term. */
export function termsOf(tokens: string[]): QueryTerm[] {
  const out: QueryTerm[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push({ text: run.join(""), tokens: run });
    run = [];
  };
  for (const t of tokens) {
    if (SINGLE_CJK.test(t)) {
      run.push(t);
    } else {
      flush();
      out.push({ text: t, tokens: [t] });
    }
  }
  flush();
  return out;
}

// "…", “…”, 「…」, 『…』 (NFKC has already made ＂ into ").
const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』/g;

export function parseQuery(input: unknown): ParsedQuery {
  const raw = typeof input === "string" ? input : "";
  const display = normalizeDisplay(raw);
  // Fold first (NFKC turns full-width quotes into ASCII ones), then take quotes out.
  const folded = normalize(raw.slice(0, MAX_QUERY_LENGTH * 2)).slice(0, MAX_QUERY_LENGTH);
  const phrases: QueryPhrase[] = [];
  const seenPhrases = new Set<string>();
  const rest = folded.replace(QUOTED, (_m, a?: string, b?: string, c?: string, d?: string) => {
    const inner = a ?? b ?? c ?? d ?? "";
    const text = compact(inner);
    const tokens = tokenize(text).slice(0, MAX_TERMS);
    if (text && tokens.length && !seenPhrases.has(text) && phrases.length < MAX_PHRASES) {
      seenPhrases.add(text);
      phrases.push({ text, tokens });
    }
    return " ";
  });
  const chunks: string[] = [];
  const words = new Map<string, QueryTerm>();
  for (const part of rest.replace(/["“”「」『』]/g, " ").split(" ")) {
    const tokens = tokenize(part).slice(0, MAX_TERMS * 2);
    if (!tokens.length) continue;
    for (const term of termsOf(tokens)) if (!words.has(term.text)) words.set(term.text, term);
    const chunk = compact(part);
    if (tokens.length > 1 && !chunks.includes(chunk)) chunks.push(chunk);
  }
  const distinct = [...words.values()];
  const meaningful = distinct.filter((w) => !STOP_WORDS.has(w.text));
  const terms = (meaningful.length ? meaningful : distinct).slice(0, MAX_TERMS);
  return { display, terms, phrases, chunks: chunks.slice(0, MAX_PHRASES), empty: terms.length === 0 && phrases.length === 0 };
}

/** The query to show in the search box and headings: cleaned, not folded, bounded. */
function normalizeDisplay(raw: string): string {
  return sanitize(raw.slice(0, MAX_QUERY_LENGTH * 2))
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/[\ud800-\udbff]$/, "");
}

/** Every string worth marking in a result: phrases, chunks and words, longest first. */
export function highlightTerms(q: ParsedQuery): string[] {
  const all = [
    ...q.phrases.map((p) => p.text),
    ...q.phrases.flatMap((p) => p.tokens),
    ...q.chunks,
    ...q.terms.map((t) => t.text),
    ...q.terms.filter((t) => t.tokens.length === 1).flatMap((t) => t.tokens),
  ];
  return [...new Set(all.filter(Boolean))].sort((a, b) => b.length - a.length);
}
