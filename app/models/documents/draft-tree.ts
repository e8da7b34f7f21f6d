// Pure operations on a draft's trees, used by the staff editor: apply the
// edited fields, then one structural operation (merge, split, move, indent,
// outdent, delete, add a department). No I/O; every refusal is a DraftError
// with a message for the editor.
import type { DocumentKind, NodeKind } from "../../../db/documents.schema";
import type { RemovedLine } from "../../structurer/types";
import { withKinds } from "./node-kinds";

export type MentionRole = "lead" | "co" | "mentioned";

export interface DraftMention {
  name: string;
  mention: string;
  role: MentionRole;
  confirmed: boolean;
  /** Named in the text but not in the directory: a suggested new department (see suggestions). */
  new?: boolean;
}

export interface DraftNode {
  marker: string | null;
  title: string;
  text: string;
  children: DraftNode[];
  departments: DraftMention[];
  /**
   * 建议 / 背景 / 标题: the structurer's proposal, confirmed (or changed) by staff in
   * the editor. Absent in drafts made before kinds: the editor shows the kind the
   * store would give (node-kinds.ts withKinds), and saving makes it explicit.
   */
  kind?: NodeKind;
  /**
   * Where the node came from, when another workflow made the draft (e.g.
   * `opinion:12` for a summary of a consultation topic's opinions). Kept
   * through edits and joined on merge; read by onDraftPublished hooks.
   */
  sourceRefs?: string[];
}

export interface DraftMeta {
  slug: string;
  kind: DocumentKind;
  title: string;
  year: number;
  session: string | null;
  organisationId: number | null;
  authors: string[];
  byline: string | null;
}

export interface DraftDocument {
  meta: DraftMeta;
  intro: string;
  children: DraftNode[];
}

/** A body the structurer read as a department the directory lacks (建议新增单位). */
export interface DepartmentSuggestion {
  name: string;
  /** The words as written, and the sentences that name it, for staff to judge. */
  mentions: string[];
  contexts: string[];
  status: "pending" | "accepted" | "ignored";
}

export interface DraftContent {
  documents: DraftDocument[];
  /** Lines the chrome stage took out (drafts from pasted or uploaded text only). */
  removed?: RemovedLine[];
  /** Line numbers staff chose to keep; the trees were structured with them. */
  keepLines?: number[];
  suggestions?: DepartmentSuggestion[];
}

export class DraftError extends Error {}

/** "0:1.2" → document 0, node path [0, 1] (paths are 1-based in the UI). */
export function parseRef(ref: string): { doc: number; path: number[] } {
  const m = /^(\d{1,3}):(\d{1,3}(?:\.\d{1,3}){0,6})$/.exec(ref);
  if (!m) throw new DraftError("无效的条目位置");
  return { doc: Number(m[1]), path: m[2].split(".").map((n) => Number(n) - 1) };
}

export function refOf(doc: number, path: number[]) {
  return `${doc}:${path.map((i) => i + 1).join(".")}`;
}

function siblingsOf(content: DraftContent, doc: number, path: number[]): { list: DraftNode[]; index: number; parent: DraftNode | null } {
  const d = content.documents[doc];
  if (!d) throw new DraftError("找不到该文档");
  let list = d.children;
  let parent: DraftNode | null = null;
  for (let i = 0; i < path.length - 1; i++) {
    const next = list[path[i]];
    if (!next) throw new DraftError("找不到该条目");
    parent = next;
    list = next.children;
  }
  const index = path[path.length - 1];
  if (!list[index]) throw new DraftError("找不到该条目");
  return { list, index, parent };
}

export function nodeAt(content: DraftContent, ref: string): DraftNode {
  const { doc, path } = parseRef(ref);
  const { list, index } = siblingsOf(content, doc, path);
  return list[index];
}

/** Visit every node with its ref, depth-first. */
export function eachNode(content: DraftContent, visit: (node: DraftNode, ref: string, depth: number) => void) {
  content.documents.forEach((d, di) => {
    const walk = (nodes: DraftNode[], prefix: number[]) =>
      nodes.forEach((n, i) => {
        const path = [...prefix, i];
        visit(n, refOf(di, path), path.length - 1);
        walk(n.children, path);
      });
    walk(d.children, []);
  });
}

/** The first sentence of a text, the way the structurer titles unnumbered paragraphs. */
export function firstSentence(text: string) {
  const m = /^[^。！？；!?;，,]{1,80}/.exec(text.trim());
  return (m ? m[0] : text.trim().slice(0, 40)) || "（无标题）";
}

export type Operation =
  | { op: "merge"; ref: string }
  | { op: "split"; ref: string }
  | { op: "up"; ref: string }
  | { op: "down"; ref: string }
  | { op: "indent"; ref: string }
  | { op: "outdent"; ref: string }
  | { op: "delete"; ref: string }
  | { op: "add-department"; ref: string; name: string; role: MentionRole };

const SPLIT_LINE = /^\s*-{3,}\s*$/m;

export function applyOperation(content: DraftContent, operation: Operation): DraftContent {
  const next = structuredClone(content);
  const { doc, path } = parseRef(operation.ref);
  const { list, index, parent } = siblingsOf(next, doc, path);
  const node = list[index];
  switch (operation.op) {
    case "merge": {
      // 合并到上一条: text, children and departments join the previous sibling.
      if (index === 0) throw new DraftError("这是同级第一条，没有可以合并的上一条");
      const prev = list[index - 1];
      prev.text = [prev.text, node.text].filter(Boolean).join("\n");
      prev.children.push(...node.children);
      for (const m of node.departments) if (!prev.departments.some((p) => p.name === m.name)) prev.departments.push(m);
      if (node.sourceRefs?.length) prev.sourceRefs = [...new Set([...(prev.sourceRefs ?? []), ...node.sourceRefs])];
      list.splice(index, 1);
      break;
    }
    case "split": {
      // 拆分: the editor marks the place with a line of three dashes.
      const parts = node.text.split(SPLIT_LINE);
      if (parts.length < 2) throw new DraftError("请在正文要拆分的位置单独输入一行 ---，再点“拆分”");
      const [head, ...rest] = parts.map((p) => p.trim());
      node.text = head;
      const tail = rest.join("\n").trim();
      list.splice(index + 1, 0, { marker: null, title: firstSentence(tail), text: tail, children: [], departments: [] });
      break;
    }
    case "up":
      if (index === 0) throw new DraftError("已经是同级第一条");
      [list[index - 1], list[index]] = [list[index], list[index - 1]];
      break;
    case "down":
      if (index === list.length - 1) throw new DraftError("已经是同级最后一条");
      [list[index + 1], list[index]] = [list[index], list[index + 1]];
      break;
    case "indent":
      // 降一级: becomes the last child of the previous sibling.
      if (index === 0) throw new DraftError("同级第一条不能降级");
      list[index - 1].children.push(node);
      list.splice(index, 1);
      break;
    case "outdent": {
      // 升一级: becomes the next sibling of its parent.
      if (!parent) throw new DraftError("已经是最高一级");
      const { list: parentList, index: parentIndex } = siblingsOf(next, doc, path.slice(0, -1));
      list.splice(index, 1);
      parentList.splice(parentIndex + 1, 0, node);
      break;
    }
    case "delete":
      if (node.children.length) throw new DraftError("请先移走或删除其下的条目");
      list.splice(index, 1);
      break;
    case "add-department": {
      const existing = node.departments.find((m) => m.name === operation.name);
      if (existing) {
        existing.role = operation.role;
        existing.confirmed = true;
      } else {
        node.departments.push({ name: operation.name, mention: operation.name, role: operation.role, confirmed: true });
      }
      break;
    }
  }
  return next;
}

export interface NodeEdit {
  title?: string;
  text?: string;
  /** Department name → new role, or "remove". */
  roles?: Record<string, MentionRole | "remove">;
  /** Department names whose mention staff confirmed. */
  confirmed?: string[];
  kind?: NodeKind;
}

/** Apply the editor's field values to the nodes they name. */
export function applyEdits(content: DraftContent, edits: Map<string, NodeEdit>, metas: Map<number, Partial<DraftMeta>>) {
  const next = structuredClone(content);
  for (const [doc, meta] of metas) {
    const d = next.documents[doc];
    if (d) d.meta = { ...d.meta, ...meta };
  }
  for (const [ref, edit] of edits) {
    const node = nodeAt(next, ref);
    if (edit.title !== undefined) node.title = edit.title.trim() || firstSentence(edit.text ?? node.text);
    if (edit.text !== undefined) node.text = edit.text.replace(/\r\n?/g, "\n").trim();
    if (edit.kind) node.kind = edit.kind;
    if (edit.roles) {
      node.departments = node.departments
        .map((m) => {
          const role = edit.roles![m.name];
          if (role === "remove") return null;
          return { ...m, role: role ?? m.role, confirmed: edit.confirmed ? edit.confirmed.includes(m.name) : m.confirmed };
        })
        .filter((m): m is DraftMention => m !== null);
    }
  }
  return next;
}

/** The nodes whose kind staff changed between two versions of a draft (for the event). */
export function kindChanges(before: DraftContent, after: DraftContent): { ref: string; from: NodeKind | null; to: NodeKind }[] {
  const old = new Map<string, NodeKind | undefined>();
  eachNode(before, (n, ref) => old.set(ref, n.kind));
  const out: { ref: string; from: NodeKind | null; to: NodeKind }[] = [];
  eachNode(after, (n, ref) => {
    if (n.kind && n.kind !== old.get(ref)) out.push({ ref, from: old.get(ref) ?? null, to: n.kind });
  });
  return out;
}

/** Every node with a kind: the given one, or the one the store would settle on (for the editor's select). */
export function withSettledKinds(content: DraftContent): DraftContent {
  return { ...content, documents: content.documents.map((d) => ({ ...d, children: withKinds(d.children) })) };
}
