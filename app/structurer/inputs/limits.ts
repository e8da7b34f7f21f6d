/**
 * Limits and errors shared by the input readers (html, pdf, text). Every uploaded file
 * is hostile until read: it may be huge, deeply nested, not what its name says, or built
 * to make a parser spin. The readers refuse such files with an InputError whose message
 * a person can act on (Chinese for the staff UI, English for the command line).
 */

export type InputErrorCode =
  | "too-large"
  | "not-pdf"
  | "pdf-unreadable"
  | "pdf-encrypted"
  | "pdf-no-text"
  | "too-many-pages"
  | "timeout"
  | "not-html"
  | "no-text"
  | "unsupported";

export class InputError extends Error {
  constructor(
    public code: InputErrorCode,
    /** English, for the CLI and logs. */
    message: string,
    /** Chinese, for the staff UI. */
    public messageZh: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}

export interface InputLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most PDF pages read. */
  maxPages: number;
  /** Wall-clock budget for reading one file, in milliseconds. */
  timeBudgetMs: number;
  /** Most characters of text returned (the structurer's input). */
  maxChars: number;
}

export const DEFAULT_LIMITS: InputLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxPages: 300,
  timeBudgetMs: 20_000,
  maxChars: 1_000_000,
};

export function withLimits(limits?: Partial<InputLimits>): InputLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}

export function checkSize(bytes: number, limits: InputLimits): void {
  if (bytes > limits.maxBytes) {
    const mb = (limits.maxBytes / 1024 / 1024).toFixed(0);
    throw new InputError("too-large", `file is larger than ${mb} MB`, `文件超过 ${mb} MB，无法读取`);
  }
}

/** Cut text at the character budget, at a line break when there is one near the end. */
export function capText(text: string, limits: InputLimits): string {
  if (text.length <= limits.maxChars) return text;
  const cut = text.lastIndexOf("\n", limits.maxChars);
  return text.slice(0, cut > limits.maxChars * 0.9 ? cut : limits.maxChars);
}
