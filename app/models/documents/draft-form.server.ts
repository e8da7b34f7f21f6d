// Reads the draft editor's single form: field names carry the node they edit
// (`title|0:1.2`), buttons carry the operation (`op=merge|0:1.2`).
import { z } from "zod";
import type { DraftMeta, MentionRole, NodeEdit, Operation } from "./draft-tree";
import { DraftError } from "./draft-tree";
import { DOCUMENT_KINDS } from "./documents.server";
import { NODE_KINDS } from "./node-kinds";

const ROLES = new Set(["lead", "co", "mentioned", "remove"]);
const OPS = new Set(["merge", "split", "up", "down", "indent", "outdent", "delete", "add-department"]);

export function readDraftForm(form: FormData) {
  const str = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");
  const version = Number(str(form.get("version")));
  if (!Number.isInteger(version) || version < 1) throw new Response("Bad Request", { status: 400 });
  const edits = new Map<string, NodeEdit>();
  const metas = new Map<number, Partial<DraftMeta>>();
  const edit = (ref: string) => {
    let e = edits.get(ref);
    if (!e) edits.set(ref, (e = {}));
    return e;
  };
  for (const [key, raw] of form.entries()) {
    if (typeof raw !== "string") continue;
    const [field, ref, extra] = key.split("|");
    if (!ref) continue;
    switch (field) {
      case "title":
        edit(ref).title = raw.slice(0, 300);
        break;
      case "text":
        edit(ref).text = raw.slice(0, 100_000);
        break;
      case "role":
        if (extra && ROLES.has(raw)) (edit(ref).roles ??= {})[extra] = raw as MentionRole | "remove";
        break;
      case "kind":
        if ((NODE_KINDS as readonly string[]).includes(raw)) edit(ref).kind = raw as NodeEdit["kind"];
        break;
      case "hasmentions":
        edit(ref).confirmed ??= [];
        break;
      case "confirm":
        (edit(ref).confirmed ??= []).push(raw);
        break;
      default:
        if (field.startsWith("meta.")) readMeta(metas, field.slice(5), Number(ref), raw);
    }
  }
  const intent = str(form.get("intent")) || "save";
  const opValue = str(form.get("op"));
  let operation: Operation | null = null;
  if (opValue) {
    const [op, ref] = opValue.split("|");
    if (!OPS.has(op) || !ref) throw new DraftError("无效的操作");
    if (op === "add-department") {
      const name = str(form.get(`add|${ref}`));
      const role = str(form.get(`addrole|${ref}`)) || "lead";
      if (!name) throw new DraftError("请选择要添加的单位");
      if (!ROLES.has(role) || role === "remove") throw new DraftError("无效的角色");
      operation = { op, ref, name, role: role as MentionRole };
    } else {
      operation = { op: op as Exclude<Operation["op"], "add-department">, ref };
    }
  }
  return { version, edits, metas, operation, intent };
}

function readMeta(metas: Map<number, Partial<DraftMeta>>, name: string, doc: number, raw: string) {
  if (!Number.isInteger(doc)) return;
  const meta = metas.get(doc) ?? {};
  metas.set(doc, meta);
  const value = raw.trim();
  switch (name) {
    case "title":
      meta.title = value.slice(0, 300);
      break;
    case "slug":
      meta.slug = value.toLowerCase().slice(0, 100);
      break;
    case "kind":
      if ((DOCUMENT_KINDS as readonly string[]).includes(value)) meta.kind = value as DraftMeta["kind"];
      break;
    case "year":
      if (/^\d{4}$/.test(value)) meta.year = Number(value);
      else throw new DraftError("年度须为四位数字");
      break;
    case "session":
      meta.session = value.slice(0, 200) || null;
      break;
    case "organisationId":
      meta.organisationId = /^\d{1,9}$/.test(value) ? Number(value) : null;
      break;
    case "authors":
      meta.authors = value.split(/[\s,，、]+/).filter(Boolean).slice(0, 100);
      break;
  }
}

const lineNumber = z.coerce.number({ error: "行号无效" }).int("行号无效").min(1, "行号无效").max(1_000_000, "行号无效");
const keepSchema = z.object({ keep: z.array(lineNumber, { error: "请勾选要保留的行" }).min(1, "请勾选要保留的行").max(5000, "一次最多保留 5000 行") });
const acceptSchema = z.object({ level: z.enum(["province", "city", "district"], { error: "请选择单位层级" }) });

export type PreviewAction =
  | { kind: "keep"; lines: number[] }
  | { kind: "accept"; index: number; level: "province" | "city" | "district" }
  | { kind: "ignore"; index: number };

/**
 * The import preview's buttons (保留所选行, 采纳/忽略新增单位) on the draft form: null for
 * any other intent, else the action or every field error at once.
 */
export function readPreviewForm(form: FormData, intent: string): { ok: true; action: PreviewAction } | { ok: false; errors: Record<string, string> } | null {
  if (intent === "keep") {
    const parsed = keepSchema.safeParse({ keep: form.getAll("keep").filter((v) => typeof v === "string") });
    if (!parsed.success) return { ok: false, errors: { keep: parsed.error.issues[0].message } };
    return { ok: true, action: { kind: "keep", lines: parsed.data.keep } };
  }
  const m = /^(accept|ignore):(\d{1,4})$/.exec(intent);
  if (!m) return null;
  const index = Number(m[2]);
  if (m[1] === "ignore") return { ok: true, action: { kind: "ignore", index } };
  const parsed = acceptSchema.safeParse({ level: form.get(`level|${index}`) ?? undefined });
  if (!parsed.success) return { ok: false, errors: { [`level|${index}`]: parsed.error.issues[0].message } };
  return { ok: true, action: { kind: "accept", index, level: parsed.data.level } };
}
