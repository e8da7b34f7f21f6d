/**
 * A heading is a phrase that names a topic. Some lines that end up over a run of items
 * are not: they are page furniture or the head of a form, and the items under them are
 * the document's own top-level items. Such a line heads nothing: its items take its
 * place in the list, and its text stays with the node before it (or the intro), so no
 * sentence is lost.
 *
 * Not a heading, whatever its layout:
 * - a record field: a short label naming a time, place, person or body, then a colon
 *   (`访谈时间：…`, `反映人：…`, `答复机构：…`, `督办领导：…`), or two `label：value` pairs on one
 *   line (`留言人：… 留言时间：…`);
 * - a counter: a time or a number is most of the line (`视频 01:26`, `幻灯片 3`, `— 3 —`);
 * - a greeting or salutation (`网友您好：`, `尊敬的各位委员`, `各位代表：`);
 * - a document's own name (`关于推进…的建议`): a title over its items, not a section.
 */
import { fold } from "./fold";
import { TIME } from "./line-shapes";
import type { DocumentDraft, Draft } from "./tree-drafts";

const FIELD_LABEL = /^[^\s,，。；;：:]{0,6}(?:时间|日期|时限|地点|人|单位|机构|部门|领导|嘉宾|对象|类型|编号|状态)\s*[:：]/;
const TWO_FIELDS = /^[^,，。；;：:]{1,8}[:：][^,，。；;：:]*\s[^,，。；;：:\s]{1,8}[:：]/;
const COUNTER_TIME = new RegExp(`(?:^|\\s)${TIME}(?:\\s|$)`);
const SALUTATION = /^(?:尊敬的|亲爱的)|(?:您好|你们好|大家好)[!！,，:：]?$|^各位[^，,。]{1,6}[:：,，]?$/;
const DOCUMENT_NAME = /^关于.{2,40}的(?:建议|提案|意见|报告|调研报告|建议案)$/;

/** Whether a line over items cannot be a section heading (see the file comment). */
export function cannotHead(line: string): boolean {
  const f = fold(line).replace(/^[\s【[（(]*|[】\]）)\s]*$/g, "").trim();
  if (!f) return false;
  if (FIELD_LABEL.test(f) || TWO_FIELDS.test(f)) return true;
  const letters = f.replace(/[\d\s:：.\-—一·/]/g, "");
  if (COUNTER_TIME.test(f) || (/\d/.test(f) && letters.length <= 3)) return true;
  return SALUTATION.test(f) || DOCUMENT_NAME.test(f);
}

function headingText(d: Draft): string {
  return d.title ?? d.parts[0] ?? "";
}

/** Dissolves non-heading lines over items, at every level (depth first). */
export function dissolveFalseHeadings(doc: DocumentDraft): void {
  const walk = (list: Draft[], depth: number): void => {
    if (depth > 32) return;
    for (let i = 0; i < list.length; i++) {
      const n = list[i];
      if (n.children.length && !n.problem && cannotHead(headingText(n))) {
        const before = i > 0 ? list[i - 1] : null;
        if (before) before.parts.push(...n.parts);
        else if (depth === 0) doc.introParts.push(...n.parts);
        else continue;
        list.splice(i, 1, ...n.children);
        i--;
      }
    }
    for (const n of list) walk(n.children, depth + 1);
  };
  walk(doc.children, 0);
}
