import type { ReactNode } from "react";

export interface FormState {
  errors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string | string[]>;
}

/** Previous input (after a failed submit) or the loaded value. */
export function valueOf(state: FormState | undefined, name: string, fallback = ""): string {
  const v = state?.values?.[name];
  if (v === undefined) return fallback;
  return Array.isArray(v) ? v.join(" ") : v;
}

export function listValueOf(state: FormState | undefined, name: string, fallback: string[]): string[] {
  const v = state?.values?.[name];
  if (v === undefined) return state?.values ? [] : fallback;
  return Array.isArray(v) ? v : [v];
}

export function FormError({ state }: { state: FormState | undefined }) {
  if (!state?.formError && !(state?.errors && Object.keys(state.errors).length)) return null;
  return (
    <div className="form-error" role="alert">
      {state.formError ?? "提交的内容有误，请按提示修改。"}
    </div>
  );
}

/**
 * The id of a field's input. Two forms on one page with a field of the same
 * name (a reply's body and a note's body) each pass their own scope, or the
 * second form's label would point at the first form's field.
 */
export function fieldId(name: string, scope?: string) {
  return scope ? `f-${scope}-${name}` : `f-${name}`;
}

export function Field({
  name,
  label,
  state,
  hint,
  scope,
  children,
}: {
  name: string;
  label: string;
  state?: FormState;
  hint?: string;
  scope?: string;
  children?: ReactNode;
}) {
  const error = state?.errors?.[name];
  const id = fieldId(name, scope);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {children}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Props that tie an input to its label, hint and error. */
export function inputProps(name: string, state?: FormState, hint = false, scope?: string) {
  const error = state?.errors?.[name];
  const id = fieldId(name, scope);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
  } as const;
}
