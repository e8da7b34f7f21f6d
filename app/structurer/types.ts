/**
 * Public shapes of the structurer's output. They mirror the JSON documented in
 * docs/structure-format.md field for field, so that
 * the importer, the API and the CLI can pass the result around without mapping.
 *
 * Fields added after the first version (`kind`, `date`, `source`, `departments` on a
 * document, `new` on a mention, `removed` on the result) are optional in the type so that
 * trees stored before them still read; the structurer always fills them.
 */

export type Role = "lead" | "co" | "mentioned";

/** When one body is named twice in a list of mentions, the stronger role stands. */
export const ROLE_STRENGTH: Record<Role, number> = { lead: 3, co: 2, mentioned: 1 };

/** A department found in a node's text, resolved against the departments directory. */
export interface Mention {
  /** Canonical name from the directory (the entry's `name`); for a `new` body, the text's own form. */
  name: string;
  /** The words as written in the text (original script: Traditional stays Traditional). */
  mention: string;
  role: Role;
  /** A body that reads as a department but is not in the directory: offered as a new entry. */
  new?: boolean;
}

/**
 * What a node is: a recommendation (建议, counted, assigned and tracked), background
 * (基本情况、情况分析、存在问题、主要做法: context, never given a status) or a heading
 * (a container of other nodes).
 */
export type NodeKind = "recommendation" | "background" | "heading";

/** One numbered (or unnumbered) unit of a document: a part, a section or an item. */
export interface Node {
  /** The numbering as written (`(一)`, `一、`, `一是`, `第一调研组`), or null. */
  marker: string | null;
  /** Headings: the first clause. Recommendations: a short title (lead phrase or main clause). */
  title: string;
  /** The node's own text (marker excluded, children's text excluded), noise removed. */
  text: string;
  children: Node[];
  departments: Mention[];
  kind?: NodeKind;
}

/** One report or proposal. A pasted text may hold several (one per speaker). */
export interface Document {
  title: string;
  byline: string | null;
  organisation: string | null;
  /** Publication date as `YYYY-MM-DD` (from a date line, a dateline or the signature), or null. */
  date?: string | null;
  /** The publication it came from (`来源：某某日报`, `新华社`), or null. */
  source?: string | null;
  intro: string;
  children: Node[];
  /** Departments named in the title and intro (not in any node). */
  departments?: Mention[];
}

/** Why a line was taken out of the text before structuring (see chrome.ts). */
export type ChromeReason =
  | "navigation"
  | "widget"
  | "masthead"
  | "column"
  | "edition"
  | "metadata"
  | "credit"
  | "caption"
  | "legal"
  | "contact"
  | "ad"
  | "spam"
  | "repeated"
  | "page-number"
  | "related"
  | "ornament"
  | "chat"
  | "revision"
  | "contents"
  | "footnote"
  | "social"
  | "progress"
  | "form"
  | "series";

/** A line removed as page chrome: 1-based line number in the input, trimmed text, reason. */
export interface RemovedLine {
  line: number;
  text: string;
  reason: ChromeReason;
}

export interface StructureResult {
  documents: Document[];
  /** Lines removed as page chrome, in input order. Staff may keep any of them. */
  removed?: RemovedLine[];
}

/** The part of a directory entry the structurer needs; DB rows and YAML entries both fit. */
export interface DirectoryLike {
  name: string;
  short?: string | null;
  aliases: string[];
  /** `province` | `city` | `district`; read from the name's 省/市/区 prefix when absent. */
  level?: string | null;
}

export interface StructureOptions {
  directory: DirectoryLike[];
  /** Input syntax; when omitted it is guessed (front matter or `#` headings ⇒ markdown). */
  format?: "text" | "markdown";
  /** Line numbers (1-based, as in `removed`) that staff chose to keep: never removed as chrome. */
  keepLines?: readonly number[];
}

/** Aliases that do not collide with the DOM's global `Node` / `Document` types. */
export type StructureNode = Node;
export type StructureDocument = Document;
