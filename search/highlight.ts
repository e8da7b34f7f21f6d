// Highlighted titles and snippets, built the same way for every engine: the
// original text is folded character by character (Traditional → Simplified,
// full-width → half-width, lower case) without changing its length, the query
// words are found in the folded copy, and the original characters around them
// are wrapped in <mark>. Everything else is HTML-escaped, so the output holds
// no markup but <mark> and </mark>.
import type { EngineHit } from "./engine";
import { highlightTerms, type ParsedQuery } from "./query";
import { foldAligned } from "./segment";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ASCII_WORD = /^[a-z0-9]+$/;
const ASCII_WORD_CHAR = /[a-z0-9]/;
const MAX_MATCHES = 500;

interface Match {
  start: number;
  end: number;
  term: number;
}

/** Non-overlapping matches of the terms in `text`, longest terms first. */
export function findMatches(text: string, terms: string[]): Match[] {
  const folded = foldAligned(text);
  const taken = new Uint8Array(folded.length);
  const matches: Match[] = [];
  const ordered = terms
    .map((t, i) => ({ t, i }))
    .filter((x) => x.t.length > 0)
    .sort((a, b) => b.t.length - a.t.length);
  for (const { t, i } of ordered) {
    const wordLike = ASCII_WORD.test(t);
    let from = 0;
    while (matches.length < MAX_MATCHES) {
      const at = folded.indexOf(t, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + t.length;
      // Latin words match whole words only ("ai" does not light up "said").
      if (wordLike && (ASCII_WORD_CHAR.test(folded[at - 1] ?? "") || ASCII_WORD_CHAR.test(folded[end] ?? ""))) continue;
      let free = true;
      for (let k = at; k < end; k++) if (taken[k]) free = false;
      if (!free) continue;
      taken.fill(1, at, end);
      matches.push({ start: at, end, term: i });
      from = end;
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

function render(text: string, found: Match[], from: number, to: number): string {
  // Touching matches become one mark: 加装|电梯 → <mark>加装电梯</mark>.
  const matches: Match[] = [];
  for (const m of found) {
    const last = matches[matches.length - 1];
    if (last && last.end === m.start) last.end = m.end;
    else matches.push({ ...m });
  }
  let out = "";
  let at = from;
  for (const m of matches) {
    if (m.end <= from || m.start >= to) continue;
    const s = Math.max(m.start, from);
    const e = Math.min(m.end, to);
    out += escapeHtml(text.slice(at, s)) + "<mark>" + escapeHtml(text.slice(s, e)) + "</mark>";
    at = e;
  }
  return out + escapeHtml(text.slice(at, to));
}

/** The whole text, escaped, with the terms marked (titles). */
export function highlightAll(text: string, terms: string[]): string {
  return render(text, findMatches(text, terms), 0, text.length);
}

const BREAK = /[。！？；;!?\n]/;

/**
 * A window of about `length` characters around the best cluster of matches
 * (most distinct terms, then most matches), escaped and marked, with … where
 * the text was cut. Without matches: the beginning of the text.
 */
export function snippet(text: string, terms: string[], length = 140): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (!clean) return "";
  if (clean.length <= length) return highlightAll(clean, terms);
  const matches = findMatches(clean, terms);
  let bestStart = 0;
  if (matches.length) {
    let bestScore = -1;
    for (const first of matches) {
      const start = Math.max(0, first.start - Math.floor(length / 5));
      const end = start + length;
      const inside = matches.filter((m) => m.start >= start && m.end <= end);
      const score = new Set(inside.map((m) => m.term)).size * 1000 + inside.length;
      if (score > bestScore) {
        bestScore = score;
        bestStart = start;
      }
    }
    // Start at a sentence boundary when one is close before the window.
    const lookBack = clean.slice(Math.max(0, bestStart - 20), bestStart);
    const lastBreak = Math.max(...[...lookBack].map((c, i) => (BREAK.test(c) ? i : -1)));
    if (lastBreak >= 0) bestStart = Math.max(0, bestStart - 20) + lastBreak + 1;
    bestStart = Math.min(bestStart, Math.max(0, clean.length - length));
  }
  // Do not cut a surrogate pair in half.
  if (/[\udc00-\udfff]/.test(clean[bestStart] ?? "")) bestStart++;
  let end = Math.min(clean.length, bestStart + length);
  if (/[\udc00-\udfff]/.test(clean[end] ?? "")) end++;
  const body = render(clean, matches, bestStart, end);
  return (bestStart > 0 ? "…" : "") + body + (end < clean.length ? "…" : "");
}

/** A hit with its title and passage highlighted for the query (both engines). */
export function decorateHit(hit: Omit<EngineHit, "titleHtml" | "snippetHtml">, query: ParsedQuery): EngineHit {
  const terms = highlightTerms(query);
  return { ...hit, titleHtml: highlightAll(hit.title, terms), snippetHtml: snippet(hit.body, terms) };
}
