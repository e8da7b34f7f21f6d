/**
 * The structurer: pasted plain text or Markdown (or a .docx read by docx.server.ts) →
 * documents → parts → sections → items, each with the departments its text names.
 * See docs/structure-format.md for the output and pipeline.ts for the stages.
 *
 * Pure and synchronous: no I/O, no global state except caches. It never throws; on any
 * internal failure it returns the text as one unstructured document.
 */
import { normalizeInput } from "./normalize";
import { structure } from "./pipeline";
import type { StructureOptions, StructureResult } from "./types";

export type {
  DirectoryLike,
  Document,
  Mention,
  Node,
  Role,
  StructureDocument,
  StructureNode,
  StructureOptions,
  StructureResult,
} from "./types";
export { structureProblems, isStructureResult } from "./validate";
export { buildDirectoryIndex, detectDepartments } from "./departments";

/**
 * Structure a pasted text. `options.directory` is the departments directory (names,
 * short forms, aliases); `options.format` the input syntax (guessed when omitted).
 */
export function structureText(text: string, options: StructureOptions): StructureResult {
  try {
    return structure(text, options);
  } catch {
    // Defensive: a bug must not take the import down. Keep the text, unstructured.
    try {
      const intro = normalizeInput(text).trim();
      return intro ? { documents: [{ title: "", byline: null, organisation: null, intro, children: [] }] } : { documents: [] };
    } catch {
      return { documents: [] };
    }
  }
}
