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

export function Field({
  name,
  label,
  state,
  hint,
  children,
}: {
  name: string;
  label: string;
  state?: FormState;
  hint?: string;
  children?: ReactNode;
}) {
  const error = state?.errors?.[name];
  return (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      {hint ? (
        <span className="hint" id={`f-${name}-hint`}>
          {hint}
        </span>
      ) : null}
      {children}
      {error ? (
        <p className="field-error" id={`f-${name}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Props that tie an input to its label, hint and error. */
export function inputProps(name: string, state?: FormState, hint = false) {
  const error = state?.errors?.[name];
  const describedBy = [hint ? `f-${name}-hint` : null, error ? `f-${name}-error` : null].filter(Boolean).join(" ");
  return {
    id: `f-${name}`,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
  } as const;
}
