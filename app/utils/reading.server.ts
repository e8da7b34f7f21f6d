// Loaders' side of reading a document in one script (decision 016): decide how
// its text is shown to this request's reader, and convert each piece of it.
import { asksOriginal, decideReading, type ReadingView } from "./reading";
import { convertScript } from "./script-conversion";
import { scriptOf } from "./script.server";

export interface Reading {
  view: ReadingView;
  /** A piece of the document's text (title, paragraph, name) as it is shown. */
  text: (s: string) => string;
}

export function readingFor(request: Request, written: ReadingView["written"]): Reading {
  const view = decideReading(scriptOf(request), written, asksOriginal(new URL(request.url)));
  const from = view.written;
  return {
    view,
    text: from === null || from === view.shown ? (s) => s : (s) => convertScript(s, from, view.shown),
  };
}

/**
 * For lists of documents (titles only, no note): a title in the reader's script.
 * In 简 mode a Traditional title is simplified; in 繁 mode the page-wide conversion
 * already shows every title in Traditional.
 */
export function listTitlesFor(request: Request): (title: string, written: ReadingView["written"]) => string {
  if (scriptOf(request) === "hant") return (title) => title;
  return (title, written) => (written === "hant" ? convertScript(title, "hant", "hans") : title);
}
