// The import preview's state changes (导入预览): keep lines the chrome stage removed
// (the draft is structured again with them), and accept or ignore the departments
// the structurer suggests adding to the directory. Each runs in one transaction on
// an open draft at the version staff read, and writes an event.
import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "../../../db/client";
import { documentDrafts } from "../../../db/documents.schema";
import { DomainError } from "../../utils/errors";
import { createDepartment, type DepartmentLevel } from "../directory/departments.server";
import { recordEvent } from "../platform/events.server";
import { updateVersioned } from "../platform/versioned.server";
import { carryOver, settleSuggestion, suggestionsFrom } from "./draft-preview";
import type { PreviewAction } from "./draft-form.server";
import type { DraftContent } from "./draft-tree";
import { structureSource, toDraftDocuments, withSlugs } from "./drafts.server";

const CONFLICT = "草稿已被他人修改或已发布，请刷新后重新操作";

async function lockOpenDraft(t: DbOrTx, id: number, version: number) {
  const [row] = await t.select().from(documentDrafts).where(eq(documentDrafts.id, id)).for("update");
  if (!row || row.status !== "open" || row.version !== version) throw new DomainError(CONFLICT, "conflict");
  return row;
}

/**
 * Keep removed lines (保留被去除的行): structure the source again with them, and carry
 * staff's work over (`edited` is the draft with this submit's edits applied). Returns the
 * new version and the documents whose tree edits gave way to the new structure.
 */
export async function keepRemovedLines(id: number, version: number, edited: DraftContent, lines: number[], actorId: string) {
  const removed = edited.removed ?? [];
  if (!removed.length) throw new DomainError("该草稿没有被去除的行", "invalid", "keep");
  if (!lines.length) throw new DomainError("请勾选要保留的行", "invalid", "keep");
  const unknown = lines.filter((n) => !removed.some((r) => r.line === n));
  if (unknown.length) throw new DomainError(`第 ${unknown.join("、")} 行不在被去除的行中`, "invalid", "keep");
  const [stored] = await db.select().from(documentDrafts).where(eq(documentDrafts.id, id));
  if (!stored || stored.status !== "open" || stored.version !== version) throw new DomainError(CONFLICT, "conflict");
  // Structured outside the transaction (it reads the directory); the version check below
  // refuses the write if anyone saved the draft meanwhile.
  const before = edited.keepLines ?? [];
  const keepLines = [...new Set([...before, ...lines])].sort((a, b) => a - b);
  const first = edited.documents[0]?.meta;
  const defaults = { kind: first?.kind ?? "party_proposal", year: first?.year ?? new Date().getFullYear(), session: first?.session ?? null, organisationId: first?.organisationId ?? null, authors: first?.authors ?? [] };
  const baselineResult = await structureSource(stored.sourceText, stored.sourceFormat, before);
  const freshResult = await structureSource(stored.sourceText, stored.sourceFormat, keepLines);
  if (!freshResult.documents.length) throw new DomainError("没有识别出正文", "invalid", "keep");
  const baseline = await toDraftDocuments(baselineResult, defaults);
  const fresh = await toDraftDocuments(freshResult, defaults);
  const { documents, reset } = carryOver(edited.documents, baseline, fresh);
  const content: DraftContent = {
    documents: withSlugs(documents, id),
    removed: freshResult.removed ?? [],
    keepLines,
    suggestions: suggestionsFrom(freshResult, edited.suggestions),
  };
  return db.transaction(async (t) => {
    await lockOpenDraft(t, id, version);
    const saved = await updateVersioned(t, documentDrafts, { id, expectedVersion: version, where: eq(documentDrafts.status, "open"), conflict: CONFLICT }, { content });
    await recordEvent(t, { actorId, subjectType: "draft", subjectId: id, action: "draft.lines-kept", data: { lines, reset } });
    return { version: saved.version, reset };
  });
}

/** 省/自治区 → province, 区/县 → district, otherwise the city directory. */
export function levelFromName(name: string): DepartmentLevel {
  if (/^(省|自治区)/.test(name)) return "province";
  if (/^(区|县)/.test(name)) return "district";
  return "city";
}

/**
 * Accept a suggested department (采纳新增单位): add it to the directory through the
 * directory module and settle its mentions in the draft, in one transaction.
 */
export async function acceptSuggestedDepartment(
  id: number,
  version: number,
  edited: DraftContent,
  input: { name: string; level: DepartmentLevel },
  actorId: string,
) {
  return db.transaction(async (t) => {
    await lockOpenDraft(t, id, version);
    const suggestion = edited.suggestions?.find((s) => s.name === input.name);
    if (!suggestion) throw new DomainError("没有这条新增单位建议", "not_found", "suggestion");
    if (suggestion.status !== "pending") throw new DomainError(`“${input.name}”已处理过`, "conflict", "suggestion");
    const aliases = suggestion.mentions.filter((m) => m !== input.name);
    const department = await createDepartment({ name: input.name, shortName: null, aliases, level: input.level, kind: "government", parentId: null }, actorId, t);
    const content = settleSuggestion(edited, input.name, "accepted");
    const saved = await updateVersioned(t, documentDrafts, { id, expectedVersion: version, where: eq(documentDrafts.status, "open"), conflict: CONFLICT }, { content });
    await recordEvent(t, { actorId, subjectType: "draft", subjectId: id, action: "draft.department-accepted", data: { name: input.name, departmentId: department.id } });
    return { version: saved.version, departmentId: department.id };
  });
}

/** Ignore a suggested department (忽略): its mentions leave the draft; the directory is unchanged. */
export async function ignoreSuggestedDepartment(id: number, version: number, edited: DraftContent, name: string, actorId: string) {
  return db.transaction(async (t) => {
    await lockOpenDraft(t, id, version);
    const suggestion = edited.suggestions?.find((s) => s.name === name);
    if (!suggestion) throw new DomainError("没有这条新增单位建议", "not_found", "suggestion");
    if (suggestion.status !== "pending") throw new DomainError(`“${name}”已处理过`, "conflict", "suggestion");
    const content = settleSuggestion(edited, name, "ignored");
    const saved = await updateVersioned(t, documentDrafts, { id, expectedVersion: version, where: eq(documentDrafts.status, "open"), conflict: CONFLICT }, { content });
    await recordEvent(t, { actorId, subjectType: "draft", subjectId: id, action: "draft.department-ignored", data: { name } });
    return { version: saved.version };
  });
}

/** Run one preview button for the route; returns where to go next (the draft, with a notice). */
export async function runPreviewAction(id: number, version: number, edited: DraftContent, action: PreviewAction, actorId: string) {
  const base = `/staff/drafts/${id}`;
  if (action.kind === "keep") {
    const { reset } = await keepRemovedLines(id, version, edited, action.lines, actorId);
    return `${base}?kept=${action.lines.length}${reset.length ? `&reset=${reset.map((i) => i + 1).join(",")}` : ""}#preview`;
  }
  const suggestion = edited.suggestions?.[action.index];
  if (!suggestion) throw new DomainError("没有这条新增单位建议", "not_found", "suggestion");
  if (action.kind === "accept") {
    await acceptSuggestedDepartment(id, version, edited, { name: suggestion.name, level: action.level }, actorId);
    return `${base}?accepted=1#preview`;
  }
  await ignoreSuggestedDepartment(id, version, edited, suggestion.name, actorId);
  return `${base}?ignored=1#preview`;
}
