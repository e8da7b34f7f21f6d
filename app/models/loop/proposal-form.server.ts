// The paper form's columns for a draft (issue 15): the body composed from the
// parts, the contact details kept private, the suggested 承办单位 checked
// against the directory.
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import type { proposals } from "../../../db/loop.schema";
import { departments } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import { composeBody, type TextFormat } from "./proposal-form";

export interface DraftForm {
  analysis: string;
  suggestions: string;
  textFormat: TextFormat;
  contactPhone: string;
  contactAddress: string;
  departmentIds: number[];
  publicConsent: boolean;
}

export async function formColumns(t: DbOrTx, form: DraftForm): Promise<Partial<typeof proposals.$inferInsert> & { body: string }> {
  const ids = [...new Set(form.departmentIds)];
  if (ids.length) {
    const found = await t.select({ id: departments.id }).from(departments).where(and(inArray(departments.id, ids), eq(departments.active, true)));
    if (found.length !== ids.length) throw new DomainError("请选择有效的承办单位", "invalid", "departmentIds");
  }
  return {
    body: composeBody(form),
    analysis: form.analysis.trim(),
    suggestions: form.suggestions.trim(),
    textFormat: form.textFormat,
    contactPhone: form.contactPhone.trim(),
    contactAddress: form.contactAddress.trim(),
    suggestedDepartmentIds: ids,
    publicConsent: form.publicConsent,
  };
}
