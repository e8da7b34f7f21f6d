/**
 * `npm run -s structure -- FILE` — print the structurer's JSON for a .txt, .md, .docx, .html or .pdf
 * file (2-space indent) on stdout. Nothing else goes to stdout, so the output can be
 * piped into jq or saved; errors go to stderr and the exit code is 1.
 *
 * Departments are resolved against the seed directory (content/directory/departments.yaml)
 * loaded by content/directory.ts. See docs/structure-format.md for the format.
 */
import { readFile } from "node:fs/promises";
import { InputError, inputKind, readInput } from "../app/structurer/inputs/index.server";
import { structureText } from "../app/structurer/index";
import type { DirectoryLike } from "../app/structurer/types";
import { loadDepartments } from "./directory";

const USAGE = "usage: npm run -s structure -- FILE   (FILE: .txt, .md, .docx, .html or .pdf)";

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
  if (!inputKind(file)) {
    process.stderr.write(`structure: ${file}: unsupported file type (expected .txt, .md, .docx, .html or .pdf)\n`);
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

  let input: Awaited<ReturnType<typeof readInput>>;
  try {
    input = await readInput(file, buffer);
  } catch (error) {
    const message = error instanceof InputError ? error.message : (error as Error).message;
    process.stderr.write(`structure: ${file}: ${message}\n`);
    return 1;
  }

  const result = structureText(input.text, { directory, format: input.format });
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
