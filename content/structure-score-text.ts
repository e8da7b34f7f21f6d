/**
 * The output of the structurer as text, and how a sentence is found in it: the words the
 * score compares (content/structure-score.ts defines the figures).
 */
import type { Node, StructureResult } from "../app/structurer/types";

const PINYIN = /([\u3400-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ][a-zü]*[)）]/g;
export const withoutPinyin = (s: string) => s.replace(PINYIN, "$1");
/** Text without whitespace, punctuation and symbols: what "the same words" means here. */
export const squash = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, "");

export function nodeText(n: Node, out: string[]): void {
  if (n.marker) out.push(n.marker);
  out.push(n.text);
  n.children.forEach((c) => nodeText(c, out));
}

/** The output as text, in reading order. */
export function outputText(result: StructureResult): string {
  const parts: string[] = [];
  for (const d of result.documents) {
    parts.push(d.title, d.byline ?? "", d.intro);
    d.children.forEach((c) => nodeText(c, parts));
    parts.push(d.date ?? "", d.source ?? "");
  }
  return parts.join("\n");
}

/** Units a chrome line could survive as: title, intro lines, node titles and text lines. */
export function outputUnits(result: StructureResult): string[] {
  const units: string[] = [];
  const walk = (n: Node) => {
    units.push(n.title, ...n.text.split("\n"));
    n.children.forEach(walk);
  };
  for (const d of result.documents) {
    units.push(d.title, ...d.intro.split("\n"));
    d.children.forEach(walk);
  }
  return units.map(squash).filter(Boolean);
}

const SENTENCE_BREAK = /[。！？；!?;]/;
const CLAUSE_BREAK = /[，,：:、\s]+/;

export function sentencesOf(lines: string[]): string[] {
  return lines.flatMap((l) => l.split(SENTENCE_BREAK)).filter((s) => squash(s).length > 0);
}

/** Labels a byline line carries that the byline itself drops (content/corpus/README.md), after any leading pictograph (`✍️ 文/…`); in either script (`提案單位：`), and a record's `反映人：`. */
const BYLINE_LABEL = /^\s*(?:>\s*)*(?:\p{Extended_Pictographic}\uFE0F?\s*)*(?:[□■◇◆]\s*|[〖【[［]\s*(?:发言人?|发言者|委员|代表|作者|提案人|提案者|建言人?|署名|讲述人?|主讲人?|撰稿人?|执笔人?|来稿)\s*[〗】\]］]\s*|(?:提案人|提案者|提案单位|提案單位|建议人|建議人|联名人|聯名人|提交人|提交单位|提交單位|反映人|作者|撰稿人?|执笔人?|執筆人?|报告人|報告人|汇报人|匯報人|发起人|發起人|发言人|發言人|发布人|發佈人|留言人|主持人|文)\s*[:：/／|｜]\s*)/u;

/** A form's title field label (`题目：`), which the title drops like a byline's label. */
const TITLE_LABEL = /^\s*(?:(?:提案|建议|议案|文章|报告)?(?:题目|标题|题名|案由)|(?:本期|本集|节目|访谈)(?:主题|话题))\s*[:：]\s*/;

/** A proposal's register number after its title (`（第0156号）`): the title drops it, the intro keeps it. */
const REGISTER_NUMBER = /\s*[（(]\s*第?\s*[0-9０-９]{1,6}\s*号\s*[）)]\s*$/;

/** A digest item's number before its headline (`【1】`, `[2]`, `3｜`): the title drops it (content/corpus/README.md). */
const ITEM_NUMBER = /^\s*(?:【\s*\d{1,2}\s*】|\[\s*\d{1,2}\s*\]|［\s*\d{1,2}\s*］|\d{1,2}\s*[｜|])\s*/;

export function found(sentence: string, out: string): boolean {
  const number = REGISTER_NUMBER.exec(sentence);
  if (number && number.index > 0) return found(sentence.slice(0, number.index), out) && out.includes(squash(number[0]));
  // Markdown emphasis pasted as text (`**提案人**：…`) hides the label from BYLINE_LABEL; so does a quote mark (`> 提案者：…`).
  const s = squash(sentence.replace(/\*\*/g, "").replace(/^\s*>\s*/, "").replace(BYLINE_LABEL, "").replace(TITLE_LABEL, "").replace(ITEM_NUMBER, ""));
  if (out.includes(s)) return true;
  const clauses = sentence.split(CLAUSE_BREAK).map(squash).filter((c) => c.length >= 2);
  return clauses.length > 1 && clauses.every((c) => out.includes(c));
}
