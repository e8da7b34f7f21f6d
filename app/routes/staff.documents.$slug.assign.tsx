// 交办 a research report in one go (issue 13): every recommendation in a row
// with the departments its text names preselected (lead and co), a department
// picker that is a plain text field with a native suggestion list (searchable,
// no JavaScript), a deadline per row or one for all, and one submit that
// assigns every ticked row in one transaction (assignReport).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireStaff } from "~/auth/auth.server";
import { AssignmentBadge } from "~/components/badges";
import { Field, FormError, inputProps, valueOf, type FormState } from "~/components/form";
import { listDepartments } from "~/models/directory/departments.server";
import { reportAssignmentInput } from "~/models/loop/loop-schemas";
import { assignReport } from "~/models/loop/recommendation-handling.server";
import { decideReassignment } from "~/models/loop/handling.server";
import { z } from "zod";
import { defineSchema } from "~/utils/define-schema";
import { idSchema } from "~/utils/schemas";
import { DomainError } from "~/utils/errors";
import { reportAssignmentSheet } from "~/models/loop/report-assignment-queries.server";
import { domainFailure, formFailure, parseForm, parseValues, readForm } from "~/utils/forms.server";
import { ASSIGNMENT_ROLE_LABELS } from "~/utils/labels";
import { notFound } from "~/utils/responses";

export const meta: MetaFunction = () => [{ title: "调研报告交办 · 提案办工作台 · 协商" }];

async function load(slug: string | undefined) {
  const sheet = await reportAssignmentSheet(slug ?? "");
  if (!sheet) throw notFound();
  return sheet;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const [sheet, departments] = await Promise.all([load(params.slug), listDepartments()]);
  return json({ ...sheet, departments: departments.map((d) => d.name) });
}

/** Department names (or short names, aliases) typed into the picker, split on 、，, and spaces. */
const namesIn = (value: FormDataEntryValue | null) =>
  typeof value === "string"
    ? value
        .split(/[、，,;；\s]+/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

// A department's 申请调整 on one of this report's assignments: approve (the assignment is
// withdrawn and the recommendation can be assigned again here) or refuse, with a note.
const decisionInput = /* @__PURE__ */ defineSchema(() =>
  z.object({ assignmentId: idSchema, decision: z.enum(["approve", "refuse"], { error: "请选择同意或不同意" }), note: z.string().max(500, "说明不超过 500 字").default("") }),
);

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const sheet = await load(params.slug);
  const form = await readForm(request);
  if (form.get("intent") === "reassign-decision") {
    const parsed = parseForm(decisionInput, form);
    if (!parsed.ok) return formFailure(parsed);
    try {
      // Only this report's assignments: another document's or a proposal's id is a 404.
      if (!sheet.rows.some((r) => r.assigned.some((a) => a.id === parsed.data.assignmentId))) throw new DomainError("该交办不属于本报告", "not_found");
      await decideReassignment(user, parsed.data.assignmentId, parsed.data.decision === "approve", parsed.data.note, "recommendation");
      return redirect(`/staff/documents/${sheet.doc.slug}/assign?decided=${parsed.data.decision}`);
    } catch (error) {
      return domainFailure(error, form);
    }
  }
  const departments = await listDepartments();
  const idOf = new Map<string, number>();
  for (const d of departments) for (const n of [d.name, d.shortName, ...d.aliases]) if (n) idOf.set(n, d.id);
  const errors: Record<string, string> = {};
  const rows: { recommendationId: number; leadDepartmentId: number; coDepartmentIds: number[]; deadline: FormDataEntryValue }[] = [];
  for (const r of sheet.rows) {
    if (form.get(`include-${r.id}`) !== "1") continue;
    const lead = namesIn(form.get(`lead-${r.id}`));
    const co = namesIn(form.get(`co-${r.id}`));
    const unknown = [...lead, ...co].filter((n) => !idOf.has(n));
    if (lead.length !== 1) errors[`lead-${r.id}`] = "请填写一个主办单位";
    else if (unknown.length) errors[unknown.includes(lead[0]) ? `lead-${r.id}` : `co-${r.id}`] = `未找到单位：${unknown.join("、")}`;
    rows.push({
      recommendationId: r.id,
      leadDepartmentId: idOf.get(lead[0] ?? "") ?? 0,
      coDepartmentIds: co.map((n) => idOf.get(n) ?? 0),
      deadline: form.get(`deadline-${r.id}`) ?? "",
    });
  }
  if (!rows.length) errors._form = "请至少勾选一条建议并填写主办单位";
  if (Object.keys(errors).length) return formFailure({ ok: false, errors, formError: errors._form, values: Object.fromEntries([...form.keys()].map((k) => [k, String(form.get(k))])) });
  const parsed = parseValues(reportAssignmentInput, { deadline: form.get("deadline") ?? "", rows }, form, (path) =>
    path[0] === "rows" && typeof path[1] === "number" ? `${path[2] === "deadline" ? "deadline" : "lead"}-${rows[path[1]].recommendationId}` : String(path[0] ?? "_form"),
  );
  if (!parsed.ok) return formFailure(parsed);
  try {
    const done = await assignReport(user, sheet.doc.id, parsed.data);
    return redirect(`/staff/documents/${sheet.doc.slug}/assign?done=${done.length}`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function ReportAssignPage() {
  const { doc, rows, departments } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>() as FormState | undefined;
  const open = rows.filter((r) => !r.assigned.length);
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="ra-title">
      <p>
        <Link to="/staff/documents">录入与校对</Link> · <Link to={`/documents/${doc.slug}`}>公开页面</Link>
      </p>
      <h1 id="ra-title">交办：{doc.title}</h1>
      <p>
        每条建议一行：文中写明的牵头、配合单位已预先填入，可修改。单位名称可直接输入（有候选提示），多个会办单位用“、”分隔。勾选的建议一次提交、一并交办。
      </p>
      {params.get("done") && !state ? (
        <p className="notice" role="status">
          已交办（{params.get("done")} 个单位任务）。
        </p>
      ) : null}
      <FormError state={state} />
      <datalist id="department-names">
        {departments.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <Form method="post" className="stack" noValidate>
        <Field name="deadline" label="统一办理期限（不填为三个月；单行填写的期限优先）" state={state}>
          <input type="date" defaultValue={valueOf(state, "deadline")} {...inputProps("deadline", state)} />
        </Field>
        <table>
          <caption>建议 {rows.length} 条，待交办 {open.length} 条</caption>
          <thead>
            <tr>
              <th scope="col">交办</th>
              <th scope="col">建议</th>
              <th scope="col">主办单位</th>
              <th scope="col">会办单位</th>
              <th scope="col">期限</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const name = `${r.marker ?? ""}${r.title}`;
              if (r.assigned.length) {
                return (
                  <tr key={r.id}>
                    <td>已交办</td>
                    <th scope="row">{name}</th>
                    <td colSpan={3}>
                      {r.assigned.map((a) => (
                        <span key={`${a.departmentName}-${a.role}`}>
                          {a.departmentName}（{ASSIGNMENT_ROLE_LABELS[a.role]}） <AssignmentBadge state={a.state} />{" "}
                        </span>
                      ))}
                    </td>
                  </tr>
                );
              }
              const cell = (field: string, fallback: string, label: string) => {
                const key = `${field}-${r.id}`;
                const error = state?.errors?.[key];
                return (
                  <td>
                    <input
                      type={field === "deadline" ? "date" : "text"}
                      name={key}
                      list={field === "deadline" ? undefined : "department-names"}
                      defaultValue={valueOf(state, key, fallback)}
                      aria-label={`${label}：${name}`}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `e-${key}` : undefined}
                    />
                    {error ? (
                      <p className="field-error" id={`e-${key}`}>
                        {error}
                      </p>
                    ) : null}
                  </td>
                );
              };
              return (
                <tr key={r.id}>
                  <td>
                    <input type="checkbox" name={`include-${r.id}`} value="1" defaultChecked={state?.values ? state.values[`include-${r.id}`] === "1" : true} aria-label={`交办：${name}`} />
                  </td>
                  <th scope="row">
                    <Link to={`/recommendations/${r.id}`}>{name}</Link>
                  </th>
                  {cell("lead", r.suggestedLead, "主办单位")}
                  {cell("co", r.suggestedCo.join("、"), "会办单位")}
                  {cell("deadline", "", "期限")}
                </tr>
              );
            })}
          </tbody>
        </table>
        {state?.errors?.rows ? <p className="field-error">{state.errors.rows}</p> : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={!open.length}>
            交办勾选的建议
          </button>
        </div>
      </Form>
      <ReassignmentRequests rows={rows} decided={params.get("decided")} />
    </section>
  );
}

type Row = ReturnType<typeof useLoaderData<typeof loader>>["rows"][number];

/** 调整申请: each request with its reason, approved (withdrawn, to assign again above) or refused. */
function ReassignmentRequests({ rows, decided }: { rows: Row[]; decided: string | null }) {
  const requests = rows.flatMap((r) => r.assigned.filter((a) => a.state === "reassignment_requested").map((a) => ({ ...a, name: `${r.marker ?? ""}${r.title}` })));
  return (
    <section aria-labelledby="rr-title">
      <h2 id="rr-title">调整申请</h2>
      {decided ? (
        <p className="notice" role="status">
          {decided === "approve" ? "已同意调整：原交办已撤回，可在上表重新交办。" : "已不同意调整，原单位继续办理。"}
        </p>
      ) : null}
      {requests.length ? (
        <ul className="stack">
          {requests.map((a) => (
            <li key={a.id}>
              <Form method="post" className="inline">
                <p>
                  {a.name}：{a.departmentName}（{ASSIGNMENT_ROLE_LABELS[a.role]}）申请调整。理由：{a.reason}
                </p>
                <input type="hidden" name="intent" value="reassign-decision" />
                <input type="hidden" name="assignmentId" value={a.id} />
                <label htmlFor={`note-${a.id}`}>说明</label> <input type="text" id={`note-${a.id}`} name="note" maxLength={500} />{" "}
                <button type="submit" name="decision" value="approve" className="secondary" aria-label={`同意调整：${a.departmentName}，${a.name}`}>
                  同意调整
                </button>{" "}
                <button type="submit" name="decision" value="refuse" className="secondary" aria-label={`不同意调整：${a.departmentName}，${a.name}`}>
                  不同意
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>没有待处理的调整申请。</p>
      )}
    </section>
  );
}
