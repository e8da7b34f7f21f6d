// Text to PostgreSQL full-text input, built in the application so that the
// server's parser, locale and dictionaries play no part: a tsvector literal with
// positions and weights for an entry, and escaped tsquery lexemes for the words
// of a query. Pure functions; the PostgreSQL engine (pg-engine.ts) stores them.
import type { QueryTerm } from "./query";
import { indexForm } from "./segment";

/** Longest text segmented per field; the rest is kept for display but not indexed. */
export const MAX_INDEXED_CHARS = 50_000;
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_WORD = 255;

/** A lexeme quoted for tsvector/tsquery input: quotes and backslashes doubled. */
export function quoteLexeme(word: string): string {
  if (!word.includes("'") && !word.includes("\\")) return `'${word}'`; // most words: nothing to double
  return `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/** `'word':1A,7B 'other':2A …` from the fields of an entry. */
export function tsvectorLiteral(fields: { text: string; weight: "A" | "B" | "C" }[]): string {
  // Positions only grow (a field's words in order, sub-words at their word's, the next field
  // further on, the cap last), so a repeat is always the list's last entry: no set needed.
  const positions = new Map<string, string[]>();
  let next = 1;
  for (const field of fields) {
    const { tokens } = indexForm(field.text.slice(0, MAX_INDEXED_CHARS));
    let last = next;
    for (const { token, position: at } of tokens) {
      const position = at + next;
      last = Math.max(last, position);
      const entry = `${Math.min(position, MAX_POSITION)}${field.weight}`;
      let list = positions.get(token);
      if (!list) positions.set(token, (list = []));
      if (list.length < MAX_POSITIONS_PER_WORD && list[list.length - 1] !== entry) list.push(entry);
    }
    // A gap between fields, so a phrase never runs from the title into the body.
    next = Math.min(last + 5, MAX_POSITION);
  }
  return [...positions].map(([token, list]) => `${quoteLexeme(token)}:${list.join(",")}`).join(" ");
}

/** tsquery text for one term: a word, or adjacent words (`'网' <-> '约' <-> '车'`), optionally in the title only. */
export function termQuery(term: QueryTerm, weight?: "A"): string {
  const parts = term.tokens.map((t) => quoteLexeme(t) + (weight ? `:${weight}` : ""));
  return parts.length === 1 ? parts[0] : `(${parts.join(" <-> ")})`;
}
