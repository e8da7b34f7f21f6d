// Which input reader a file name calls for (index.server.ts): apart from the
// readers, so that code that only imports text files (the importer's worker
// threads, issue 16) does not load the docx, HTML and PDF readers.
import path from "node:path";

export type InputKind = "text" | "markdown" | "docx" | "html" | "pdf";

export const INPUT_EXTENSIONS: Record<string, InputKind> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".docx": "docx",
  ".html": "html",
  ".htm": "html",
  ".pdf": "pdf",
};

export function inputKind(fileName: string): InputKind | null {
  return INPUT_EXTENSIONS[path.extname(fileName).toLowerCase()] ?? null;
}
