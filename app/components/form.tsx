import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

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

/** The common parts of a labelled field: its name, label, form state, hint and starting value. */
interface FieldProps {
  name: string;
  label: string;
  state?: FormState;
  hint?: string;
  /** The starting value; after a failed submit, what the user sent instead. */
  value?: string;
}

type Attrs<T> = Omit<T, "id" | "name" | "value" | "defaultValue" | "aria-invalid" | "aria-describedby">;

/** A labelled <input> (text unless `type` says otherwise), tied to its hint and error. */
export function TextField({ name, label, state, hint, value = "", type = "text", ...attrs }: FieldProps & Attrs<InputHTMLAttributes<HTMLInputElement>>) {
  return (
    <Field name={name} label={label} state={state} hint={hint}>
      <input type={type} {...attrs} defaultValue={valueOf(state, name, value)} {...inputProps(name, state, !!hint)} />
    </Field>
  );
}

/** A labelled <textarea> of `rows` rows, tied to its hint and error. */
export function TextAreaField({ name, label, state, hint, value = "", rows }: FieldProps & { rows: number }) {
  return (
    <Field name={name} label={label} state={state} hint={hint}>
      <textarea rows={rows} defaultValue={valueOf(state, name, value)} {...inputProps(name, state, !!hint)} />
    </Field>
  );
}

/** One <option> an item: the value is its id, the text its name. */
export function Options({ items }: { items: { id: number | string; name: string }[] }) {
  return (
    <>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}

/** The items of a label table (value → text), in its order, for <Options> and <SelectField>. */
export function labelItems(labels: Record<string, string>) {
  return Object.entries(labels).map(([id, name]) => ({ id, name }));
}

/**
 * A labelled <select> of `items` (value id, text name), after an empty choice
 * reading `none` when there is one. With `multiple`, `values` are the ones chosen.
 */
export function SelectField({
  name,
  label,
  state,
  hint,
  value = "",
  values,
  none,
  items,
  ...attrs
}: FieldProps & { values?: string[]; none?: string; items: { id: number | string; name: string }[] } & Attrs<SelectHTMLAttributes<HTMLSelectElement>>) {
  return (
    <Field name={name} label={label} state={state} hint={hint}>
      <select {...attrs} defaultValue={values ? listValueOf(state, name, values) : valueOf(state, name, value)} {...inputProps(name, state, !!hint)}>
        {none === undefined ? null : <option value="">{none}</option>}
        <Options items={items} />
      </select>
    </Field>
  );
}

/**
 * A fieldset of radio buttons (`value` one string) or checkboxes (`value` a
 * list), one an item, with its legend and error; after a failed submit, what
 * the user chose.
 */
export function ChoiceField({
  name,
  legend,
  state,
  items,
  value,
}: {
  name: string;
  legend: string;
  state?: FormState;
  items: { id: number | string; name: string }[];
  value: string | string[];
}) {
  const error = state?.errors?.[name];
  const id = fieldId(name);
  const chosen = Array.isArray(value) ? listValueOf(state, name, value) : [valueOf(state, name, value)];
  return (
    <fieldset className="field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="checkbox-row">
        {items.map((item) => (
          <label key={item.id}>
            <input type={Array.isArray(value) ? "checkbox" : "radio"} name={name} value={item.id} defaultChecked={chosen.includes(String(item.id))} /> {item.name}
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
