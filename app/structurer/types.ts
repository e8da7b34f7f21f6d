/**
 * Public shapes of the structurer's output. They mirror the JSON documented in
 * docs/structure-format.md and /work/shared/examples/README.md, field for field, so that
 * the importer, the API and the CLI can pass the result around without mapping.
 */

export type Role = "lead" | "co" | "mentioned";

/** A department found in a node's text, resolved against the departments directory. */
export interface Mention {
  /** Canonical name from the directory (the entry's `name`). */
  name: string;
  /** The words as written in the text (original script: Traditional stays Traditional). */
  mention: string;
  role: Role;
}

/** One numbered (or unnumbered) unit of a document: a part, a section or an item. */
export interface Node {
  /** The numbering as written (`(一)`, `一、`, `一是`, `第一调研组`), or null. */
  marker: string | null;
  title: string;
  /** The node's own text (marker excluded, children's text excluded), noise removed. */
  text: string;
  children: Node[];
  departments: Mention[];
}

/** One report or proposal. A pasted text may hold several (one per speaker). */
export interface Document {
  title: string;
  byline: string | null;
  organisation: string | null;
  intro: string;
  children: Node[];
}

export interface StructureResult {
  documents: Document[];
}

/** The part of a directory entry the structurer needs; DB rows and YAML entries both fit. */
export interface DirectoryLike {
  name: string;
  short?: string | null;
  aliases: string[];
}

export interface StructureOptions {
  directory: DirectoryLike[];
  /** Input syntax; when omitted it is guessed (front matter or `#` headings ⇒ markdown). */
  format?: "text" | "markdown";
}

/** Aliases that do not collide with the DOM's global `Node` / `Document` types. */
export type StructureNode = Node;
export type StructureDocument = Document;
