// Synthetic Chinese text for the benchmark data set: sentences of the sample
// corpus (content/documents), picked by a seeded generator so every run makes
// the same data. Realistic lengths and words matter here: page size and the
// search index depend on them.
import { readFileSync } from "node:fs";
import { listContentFiles, parseFrontMatter } from "../content/importer";
import { rng } from "../search/fuzz-inputs";

export interface TextSource {
  next: () => number;
  int: (below: number) => number;
  pick: <T>(items: readonly T[]) => T;
  sentence: () => string;
  paragraph: (min: number, max: number) => string;
}

export async function corpusSentences(): Promise<string[]> {
  const sentences: string[] = [];
  for (const file of await listContentFiles()) {
    const text = readFileSync(file, "utf8");
    const body = parseFrontMatter(file, text)?.body ?? text;
    for (const s of body.replace(/^#+\s*/gm, "").replace(/\*\*/g, "").split(/[。！？；\n]+/)) {
      const clean = s.replace(/^\s*(?:\d+[.、]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)\s*/, "").trim();
      if (clean.length >= 8 && clean.length <= 200) sentences.push(clean);
    }
  }
  if (!sentences.length) throw new Error("bench: no corpus sentences in content/documents");
  return sentences;
}

export function textSource(sentences: string[], seed: number): TextSource {
  const next = rng(seed);
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]) => items[int(items.length)];
  const sentence = () => pick(sentences);
  const paragraph = (min: number, max: number) =>
    Array.from({ length: min + int(max - min + 1) }, sentence).join("。") + "。";
  return { next, int, pick, sentence, paragraph };
}

const DIGITS = "一二三四五六七八九十";
/** 一、二、… 十、十一 (enough for a benchmark tree). */
export function chineseNumber(n: number): string {
  if (n <= 10) return DIGITS[n - 1];
  if (n < 20) return `十${DIGITS[n - 11]}`;
  return `${DIGITS[Math.floor(n / 10) - 1]}十${n % 10 ? DIGITS[(n % 10) - 1] : ""}`;
}
