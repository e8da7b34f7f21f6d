// Reading and structuring one file for the importer (importer.ts): front
// matter, the structurer, the organisation and the slug; no writes. Pure but
// for reading the file, so a worker thread can do it (import-worker.ts).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseDocument } from "yaml";
import { z } from "zod";
import type { DbOrTx } from "../db/client";
import { organisations } from "../db/schema";
import { DOCUMENT_KINDS, loadDirectory, type DocumentMeta, type SaveInput } from "../app/models/documents/documents.server";
import { structureText } from "../app/structurer";
import { inputKind } from "../app/structurer/inputs/kinds";
import { withKinds } from "../app/models/documents/node-kinds";
import { InputError } from "../app/structurer/inputs/limits";
import { toHans } from "../app/utils/script.server";

export class ImportError extends Error {
  constructor(
    public file: string,
    public line: number | null,
    /** The message without the file and line (a worker thread sends it back: import-pool.ts). */
    public reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${reason}`);
  }
}

const frontMatterSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS as [string, ...string[]], { error: `kind must be one of ${DOCUMENT_KINDS.join(", ")}` }),
  title: z.string().min(1).max(300).optional(),
  year: z.number({ error: "year must be a number" }).int().min(1949).max(2100),
  session: z.string().max(200).optional(),
  organisation: z.string().max(100).optional(),
  authors: z.array(z.string().max(100)).max(100).optional(),
  submitted: z.union([z.string(), z.date()]).optional(),
  script: z.enum(["simplified", "traditional"]).optional(),
  slug: z.string().optional(),
});

export interface ParsedFile {
  meta: z.infer<typeof frontMatterSchema> | null;
  body: string;
  format: "text" | "markdown" | "docx" | "html" | "pdf";
}

/** Split `---` front matter from the body, with line numbers in any error. */
export function parseFrontMatter(file: string, text: string): { data: unknown; body: string } | null {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!normalised.startsWith("---\n")) return null;
  const end = normalised.indexOf("\n---", 4);
  if (end < 0) throw new ImportError(file, 1, "front matter is not closed with ---");
  const yamlText = normalised.slice(4, end + 1);
  const doc = parseDocument(yamlText);
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new ImportError(file, (e.linePos?.[0]?.line ?? 0) + 1, `front matter: ${e.message.split("\n")[0]}`);
  }
  const afterClose = normalised.indexOf("\n", end + 4);
  return { data: doc.toJS(), body: afterClose < 0 ? "" : normalised.slice(afterClose + 1) };
}

function lineOfKey(text: string, key: string): number | null {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  return i >= 0 ? i + 1 : null;
}

// Text files whose reading has started (readAhead), by path: each is taken once.
const readingAhead = new Map<string, Promise<string>>();

/**
 * Start reading text and Markdown files that are about to be planned (importFiles),
 * so that planning one does not wait for the disk (issue 16: ~0.5–1 ms per file of a
 * 200-file import went to waiting for each read in turn). The content is the same as
 * reading it when planned; a failed read fails there, with the same message.
 */
export function readAhead(files: string[]): void {
  for (const file of files) {
    const ext = path.extname(file).toLowerCase();
    if (readingAhead.has(file) || (ext !== ".md" && ext !== ".markdown" && ext !== ".txt")) continue;
    const reading = readFile(file, "utf8");
    reading.catch(() => {}); // reported when taken (readContentFile)
    readingAhead.set(file, reading);
  }
}

/** Forget reads started ahead and never taken (an import that stopped early). */
export function dropReadAhead(files: string[]): void {
  for (const file of files) readingAhead.delete(file);
}

function takeReadAhead(file: string): Promise<string> | undefined {
  const reading = readingAhead.get(file);
  readingAhead.delete(file);
  return reading;
}

export async function readContentFile(file: string): Promise<ParsedFile & { raw: string }> {
  const ext = path.extname(file).toLowerCase();
  const kind = inputKind(file);
  if (kind === "docx" || kind === "html" || kind === "pdf") {
    // Binary or page formats: the input readers turn them into plain text (no front matter).
    try {
      // The readers load on first use (a text-only import never loads them).
      const { readInput } = await import("../app/structurer/inputs/index.server");
      const input = await readInput(file, await readFile(file));
      return { meta: null, body: input.text, format: kind, raw: input.text };
    } catch (error) {
      throw new ImportError(file, null, error instanceof InputError ? error.message : String(error));
    }
  }
  if (ext !== ".md" && ext !== ".markdown" && ext !== ".txt") {
    throw new ImportError(file, null, "unsupported file type (expected .txt, .md, .docx, .html or .pdf)");
  }
  const raw = await (takeReadAhead(file) ?? readFile(file, "utf8"));
  const format = ext === ".txt" ? "text" : "markdown";
  const fm = parseFrontMatter(file, raw);
  if (!fm) return { meta: null, body: raw, format, raw };
  const parsed = frontMatterSchema.safeParse(fm.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0] ?? "");
    throw new ImportError(file, lineOfKey(raw, key) ?? 1, `front matter ${key || ""}: ${issue.message}`.trim());
  }
  return { meta: parsed.data, body: fm.body, format, raw };
}

type Organisation = typeof organisations.$inferSelect;

/** What every file's planning reads once: the departments directory and the organisations. */
export interface ImportContext {
  directory: Awaited<ReturnType<typeof loadDirectory>>;
  organisations: Organisation[];
}

export async function loadContext(db: DbOrTx): Promise<ImportContext> {
  return { directory: await loadDirectory(db), organisations: await db.select().from(organisations) };
}

/** Match an organisation by slug, or by the name written in an author line (省民进, 民盟…). */
function findOrganisation(rows: Organisation[], written: string | null | undefined) {
  if (!written) return null;
  const folded = toHans(written).trim();
  return (
    rows.find((o) => o.slug === folded) ??
    rows.find((o) => o.name === folded || o.shortName === folded || o.aliases.includes(folded)) ??
    null
  );
}

function slugFromFile(file: string) {
  const base = path
    .basename(file, path.extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return base || `doc-${Date.now().toString(36)}`;
}

/** A file read and structured, ready to save: one or more documents (a multi-speaker text splits). */
export interface PlannedFile {
  file: string;
  documents: { input: SaveInput; leaves: number }[];
}

/** Read and structure a file (no writes); errors name the file and line. */
export async function planFile(file: string, context: ImportContext): Promise<PlannedFile> {
  const parsed = await readContentFile(file);
  const result = structureText(parsed.body, {
    directory: context.directory,
    format: parsed.format === "markdown" ? "markdown" : "text",
  });
  if (result.documents.length === 0) throw new ImportError(file, null, "no text to import");
  const baseSlug = parsed.meta?.slug ?? slugFromFile(file);
  const single = result.documents.length === 1;
  const documents = result.documents.map((tree, i) => {
    // The front matter is authoritative; otherwise the author line (代表省民盟) decides.
    const organisation = findOrganisation(context.organisations, parsed.meta?.organisation ? parsed.meta.organisation : tree.organisation);
    if (parsed.meta?.organisation && !organisation) {
      throw new ImportError(file, lineOfKey(parsed.raw, "organisation"), `unknown organisation "${parsed.meta.organisation}"`);
    }
    const submitted = parsed.meta?.submitted;
    const meta: DocumentMeta = {
      slug: single ? baseSlug : `${baseSlug}-${i + 1}`,
      kind: (parsed.meta?.kind as DocumentMeta["kind"]) ?? (organisation ? "party_proposal" : "member_proposal"),
      title: single ? (parsed.meta?.title ?? null) : null,
      year: parsed.meta?.year ?? new Date().getFullYear(),
      session: parsed.meta?.session ?? null,
      organisationId: organisation?.id ?? null,
      authors: parsed.meta?.authors ?? [],
      submittedOn: submitted instanceof Date ? submitted.toISOString().slice(0, 10) : (submitted ?? null),
      byline: tree.byline,
    };
    const input: SaveInput = { meta, sourceText: parsed.raw, sourceFormat: parsed.format, sourcePath: path.relative(process.cwd(), file), tree };
    return { input, leaves: countRecommendations(withKinds(tree.children)) };
  });
  return { file, documents };
}

/** The recommendations the site counts once saved: background and headings are not (node-kinds.ts). */
function countRecommendations(nodes: { kind?: string; children: unknown[] }[]): number {
  return nodes.reduce(
    (n, node) => n + (node.kind === "recommendation" ? 1 : 0) + countRecommendations(node.children as { kind?: string; children: unknown[] }[]),
    0,
  );
}

