// What the PostgreSQL engine stores of an entry's texts besides the texts
// themselves: the folded title and body (exact phrases) and the tsvector
// literal. A pure function of the title, body and context, so an import can
// compute them in a worker thread (content/import-worker.ts) and hand them to
// the thread that writes the rows (issue 16): only strings cross, and a row
// whose texts were not prepared computes them on the spot, as before.
import { MAX_INDEXED_CHARS, tsvectorLiteral } from "./pg-tsvector";
import { compact, indexForm } from "./segment";

export interface EntryTexts {
  title: string;
  body: string;
  context: string;
}

export interface EntryForms {
  foldedTitle: string;
  foldedBody: string;
  tsv: string;
}

/** The forms of an entry's texts, computed here. */
export function computeEntryForms(entry: EntryTexts): EntryForms {
  return {
    // The same forms tsvectorLiteral uses (segment.ts indexForm: one normalisation per text).
    foldedTitle: entry.title.length <= MAX_INDEXED_CHARS ? indexForm(entry.title).compact : compact(entry.title),
    foldedBody: indexForm(entry.body.slice(0, MAX_INDEXED_CHARS)).compact,
    tsv: tsvectorLiteral([
      { text: entry.title, weight: "A" },
      { text: entry.body, weight: "B" },
      { text: entry.context, weight: "C" },
    ]),
  };
}

/** The key forms are kept under: the three texts. */
export function entryKey(entry: EntryTexts): string {
  return `${entry.title}\u0000${entry.body}\u0000${entry.context}`;
}

// Forms handed over by a worker thread, by key; each is taken once (a row
// written again computes its forms, the same ones). The oldest are dropped
// beyond MAX_ADOPTED.
const adopted = new Map<string, EntryForms>();
const MAX_ADOPTED = 20_000;

/** Keep forms computed elsewhere (adoptEntryForms) until a row with these texts is written. */
export function adoptEntryForms(list: [string, EntryForms][]): void {
  for (const [key, forms] of list) {
    adopted.set(key, forms);
    if (adopted.size > MAX_ADOPTED) adopted.delete(adopted.keys().next().value!);
  }
}

/** The forms of an entry: handed over when they were, computed otherwise. */
export function entryForms(entry: EntryTexts): EntryForms {
  if (adopted.size) {
    const key = entryKey(entry);
    const forms = adopted.get(key);
    if (forms) {
      adopted.delete(key);
      return forms;
    }
  }
  return computeEntryForms(entry);
}
