/**
 * `npm run -s structure -- FILE` — print the structurer's JSON for a .txt, .md or .docx
 * file (2-space indent) on stdout. Nothing else goes to stdout, so the output can be
 * piped into jq or saved; errors go to stderr and the exit code is 1.
 *
 * Departments are resolved against the seed directory (content/directory/departments.yaml)
 * loaded by content/directory.ts. See docs/structure-format.md for the format.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { docxToText } from "../app/structurer/docx.server";
import { structureText } from "../app/structurer/index";
import type { DirectoryLike } from "../app/structurer/types";
import { loadDepartments } from "./directory";

const USAGE = "usage: npm run -s structure -- FILE   (FILE: .txt, .md or .docx)";

const FORMATS: Record<string, "text" | "markdown" | "docx"> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".docx": "docx",
};

/**
 * Text files from Chinese Windows machines are often GB18030 rather than UTF-8; a UTF-16
 * file announces itself with a byte-order mark. Strict UTF-8 first, then the fallbacks.
 */
function decodeText(buffer: Buffer): string {
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder("utf-16le").decode(buffer);
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder("utf-16be").decode(buffer);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    try {
      return new TextDecoder("gb18030").decode(buffer);
    } catch {
      return new TextDecoder("utf-8").decode(buffer);
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== "--");
  if (args.length === 1 && (args[0] === "-h" || args[0] === "--help")) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  if (args.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  const file = args[0];
  const kind = FORMATS[path.extname(file).toLowerCase()];
  if (!kind) {
    process.stderr.write(`structure: ${file}: unsupported file type (expected .txt, .md or .docx)\n`);
    return 1;
  }

  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    process.stderr.write(`structure: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }

  let directory: DirectoryLike[];
  try {
    directory = loadDepartments();
  } catch (error) {
    process.stderr.write(`structure: cannot load the departments directory: ${(error as Error).message}\n`);
    return 1;
  }

  let text: string;
  try {
    text = kind === "docx" ? await docxToText(buffer) : decodeText(buffer);
  } catch (error) {
    process.stderr.write(`structure: ${file}: not a readable .docx file: ${(error as Error).message}\n`);
    return 1;
  }

  const result = structureText(text, { directory, format: kind === "text" ? "text" : "markdown" });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`structure: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
