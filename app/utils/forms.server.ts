import { json } from "@remix-run/node";
import type { z } from "zod";
import { BODY_LIMITS, readBodyBytes } from "./body-limits.server";
import { DomainError, httpStatusOf, isDomainError } from "./errors";

export type FieldErrors = Record<string, string>;
export interface FormFailure {
  ok: false;
  errors: FieldErrors;
  /** General message shown above the form. */
  formError?: string;
  /** What the user typed, so nothing is lost (passwords are never echoed). */
  values: Record<string, string | string[]>;
}

/** Echoed input is bounded: the longest real field is 100,000 characters, and nothing past that is sent back. */
export const ECHO_MAX_CHARS = 100_000;
const ECHO_TOTAL_CHARS = 300_000;

export function valuesOf(formData: FormData) {
  const values: Record<string, string | string[]> = {};
  let budget = ECHO_TOTAL_CHARS;
  const keep = (v: string) => {
    const out = v.slice(0, Math.max(0, Math.min(ECHO_MAX_CHARS, budget)));
    budget -= out.length;
    return out;
  };
  for (const key of new Set(formData.keys())) {
    if (/password/i.test(key) || key.length > 100) continue;
    const all = formData
      .getAll(key)
      .filter((v): v is string => typeof v === "string")
      .slice(0, 100)
      .map(keep);
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

/**
 * The submitted form, at most `limit` bytes (a bigger body is a 413, and
 * reading stops at the limit). A body that is not a form (another
 * Content-Type, broken multipart) is the client's mistake: a 400 page, not a
 * 500. NUL characters are removed from text values: PostgreSQL cannot store
 * them in text, and no field has a use for them.
 */
export async function readForm(request: Request, limit: number = BODY_LIMITS.form): Promise<FormData> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
    await request.body?.cancel().catch(() => {});
    throw unreadableForm();
  }
  const bytes = await readBodyBytes(request, limit);
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "Content-Type": type } }).formData();
  } catch {
    throw unreadableForm();
  }
  return withoutNul(form);
}

export function unreadableForm() {
  return new Response("提交的表单无法读取，请从页面重新提交。", { status: 400, statusText: "Bad Request" });
}

export function withoutNul(form: FormData): FormData {
  const clean = new FormData();
  for (const [key, value] of form.entries()) {
    // eslint-disable-next-line no-control-regex -- removing NUL is the point
    clean.append(key.replace(/\u0000/g, ""), typeof value === "string" ? value.replace(/\u0000/g, "") : value);
  }
  return clean;
}

/** Parse a form with zod. Field messages come from the schema (Chinese). */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  arrays: string[] = [],
): { ok: true; data: z.infer<S> } | FormFailure {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v) => typeof v === "string");
    raw[key] = arrays.includes(key) ? all : all[0];
  }
  for (const key of arrays) raw[key] ??= [];
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? "_form");
    errors[key] ??= issue.message;
  }
  return { ok: false, errors, values: valuesOf(formData) };
}

/**
 * Parse values gathered from a form (e.g. rows of fields) with a schema shared
 * with the API; `fieldOf` names the form field an issue belongs to, so every
 * error shows beside its own field.
 */
export function parseValues<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  formData: FormData,
  fieldOf: (path: PropertyKey[]) => string = (path) => String(path[0] ?? "_form"),
): { ok: true; data: z.infer<S> } | FormFailure {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) errors[fieldOf(issue.path)] ??= issue.message;
  return { ok: false, errors, values: valuesOf(formData) };
}

/** A failed form: 400 with the errors and the user's input. */
export function formFailure(failure: FormFailure, status = 400) {
  return json(failure, { status });
}

/** Turn a DomainError into a form failure beside its field; rethrow anything else. */
export function domainFailure(error: unknown, formData: FormData) {
  if (!isDomainError(error)) throw error;
  const failure: FormFailure = {
    ok: false,
    errors: error.field ? { [error.field]: error.message } : {},
    formError: error.field ? undefined : error.message,
    values: valuesOf(formData),
  };
  return json(failure, { status: httpStatusOf[error.code] });
}

/** The question a destructive action asks before it acts (components/confirm-step.tsx). */
export interface Confirmation {
  question: string;
  detail?: string;
  /** The button that goes ahead, e.g. "确认撤回". */
  confirm: string;
  /** The link that goes back, e.g. "不撤回，返回". */
  cancel: string;
}

/**
 * A destructive action asks first, without JavaScript: the first submit comes
 * back with the question and the submitted values, and only a second submit
 * carrying confirmed=yes goes ahead. null once confirmed.
 */
export function unconfirmed(formData: FormData, ask: Confirmation) {
  if (formData.get("confirmed") === "yes") return null;
  const values = valuesOf(formData);
  delete values.confirmed;
  return json({ ok: false as const, errors: {} as FieldErrors, values, confirmation: ask });
}

export { DomainError };
