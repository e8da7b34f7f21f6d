// Pure helpers on recommendation paths and texts, shared by the documents
// module, the search indexer and the document tree component (browser code
// too, so not *.server.ts).

/** The HTML anchor of a node: path "2.1" → "r-2-1" (stable across versions). */
export function anchorOf(path: string) {
  return `r-${path.replace(/\./g, "-")}`;
}

/** A node's text without its title when the text starts with it (search snippets). */
export function bodyWithoutTitle(title: string, text: string) {
  const t = text.trimStart();
  if (title && t.startsWith(title)) return t.slice(title.length).replace(/^[。，,：:；;\s]+/, "");
  return text;
}
