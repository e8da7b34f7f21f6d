// The moderation word list (审核词表). Every public text (opinion, lead) is
// checked before it is stored: a "block" word refuses it with a message, a
// "flag" word lets it through to the moderation queue marked for attention.
// Nothing is public before a person approves it either way. The default list
// is content/participation/moderation-words.txt; staff edit the table.
import { readFileSync } from "node:fs";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { moderationWords } from "../../../db/participation.schema";
import { DomainError } from "../../utils/errors";
import { toHans } from "../../utils/script.server";
import { recordEvent } from "../platform/events.server";
import type { AppUser } from "../directory/users.server";

export type WordLevel = "block" | "flag";
export interface ModerationWord {
  word: string;
  level: WordLevel;
}

const DEFAULT_LIST = path.resolve(process.env.XS_ROOT ?? process.cwd(), "content/participation/moderation-words.txt");

/** Parse the word-list file: `block 词` / `flag 词`, `#` comments, blank lines. Line numbers in errors. */
export function parseWordList(text: string): ModerationWord[] {
  const out: ModerationWord[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const m = /^(block|flag)\s+(.+)$/.exec(line);
    if (!m) throw new Error(`moderation-words.txt:${i + 1}: 应为“block 词语”或“flag 词语”`);
    out.push({ level: m[1] as WordLevel, word: m[2].trim() });
  });
  return out;
}

/** Simplified script, half-width, lower case, no spaces: 加 微信 / 加微信 / 加WeiXin all compare alike. */
export function foldForMatching(text: string) {
  return toHans(text.normalize("NFKC")).toLowerCase().replace(/[\s\u200b-\u200d\ufeff]+/g, "");
}

// A mainland mobile number in the text: personal data the moderator should see before it is public.
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

/** Which listed words (and patterns) a text contains, by level. Pure. */
export function matchWords(text: string, words: ModerationWord[]) {
  const folded = foldForMatching(text);
  const hits = { block: [] as string[], flag: [] as string[] };
  for (const w of words) {
    const needle = foldForMatching(w.word);
    if (needle && folded.includes(needle) && !hits[w.level].includes(w.word)) hits[w.level].push(w.word);
  }
  if (MOBILE.test(folded)) hits.flag.push("手机号码");
  return hits;
}

export function listWords(tx: DbOrTx = db) {
  return tx.select().from(moderationWords).orderBy(asc(moderationWords.level), asc(moderationWords.word));
}

/**
 * Check texts before storing them. Throws on a blocked word (naming it, on the
 * field), returns the flagged words otherwise.
 */
export async function screenTexts(tx: DbOrTx, fields: Record<string, string>): Promise<string[]> {
  const words = (await listWords(tx)).map((w) => ({ word: w.word, level: w.level }));
  const flagged = new Set<string>();
  for (const [field, text] of Object.entries(fields)) {
    const hits = matchWords(text, words);
    if (hits.block.length) {
      throw new DomainError(`内容含有不允许发布的词语“${hits.block.join("、")}”，请修改后再提交`, "invalid", field);
    }
    hits.flag.forEach((w) => flagged.add(w));
  }
  return [...flagged];
}

export async function addWord(user: AppUser, input: ModerationWord) {
  const word = input.word.normalize("NFKC").trim();
  if (!word) throw new DomainError("请填写词语", "invalid", "word");
  if (word.length > 50) throw new DomainError("词语不能超过 50 个字符", "invalid", "word");
  return db.transaction(async (t) => {
    const [row] = await t.insert(moderationWords).values({ word, level: input.level, createdBy: user.id }).onConflictDoNothing().returning();
    if (!row) throw new DomainError("词表中已有该词", "conflict", "word");
    await recordEvent(t, { actorId: user.id, subjectType: "moderation_word", subjectId: row.id, action: "moderation_word.added", toState: input.level, note: word });
    return row;
  });
}

export async function removeWord(user: AppUser, id: number) {
  return db.transaction(async (t) => {
    const [row] = await t.delete(moderationWords).where(eq(moderationWords.id, id)).returning();
    if (!row) throw new DomainError("该词已不在词表中", "not_found");
    await recordEvent(t, { actorId: user.id, subjectType: "moderation_word", subjectId: id, action: "moderation_word.removed", fromState: row.level, note: row.word });
  });
}

/** A new install: the default list, once, when the table is empty. */
export async function seedModerationWords(tx: DbOrTx, file = DEFAULT_LIST) {
  const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(moderationWords);
  if (n > 0) return 0;
  const words = parseWordList(readFileSync(file, "utf8"));
  if (words.length) await tx.insert(moderationWords).values(words).onConflictDoNothing();
  return words.length;
}
