import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { SignAndReassignForms } from "~/components/assignment-steps";
import { AssignmentBadge, OverdueBadge } from "~/components/badges";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { requireOwnAssignment } from "~/models/loop/assignment-access.server";
import { assignmentCan } from "~/models/loop/assignment-rules";
import { adoptionReportInput, reassignmentRequestInput, signInput } from "~/models/loop/loop-schemas";
import { ADOPTION_LABELS, ASSIGNMENT_ROLE_LABELS } from "~/utils/labels";
import { getRecommendation } from "~/models/documents/recommendation-queries.server";
import { overdueDays, requestReassignment, signAssignment } from "~/models/loop/handling.server";
import { reportAdoption } from "~/models/loop/recommendation-handling.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction = () => [{ title: "办理调研报告建议 · 协商" }];

// Another department's assignment is a 404; a proposal's assignment is a 404 here
// that says where it is handled (requireOwnAssignment).
const load = (request: Request, idParam: string | undefined) => requireOwnAssignment(request, idParam, "recommendation");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { row } = await load(request, params.assignmentId);
  const rec = (await getRecommendation(row.a.recommendationId!))!;
  return json({
    // What this department may do now, from the assignment table (assignment-rules.ts).
    can: assignmentCan({ subject: "recommendation", role: row.a.role, state: row.a.state }, "department"),
    a: { id: row.a.id, role: row.a.role, state: row.a.state, deadline: row.a.deadline, adoption: row.a.adoption, adoptionReason: row.a.adoptionReason, progress: row.a.progress, overdueDays: overdueDays(row.a) },
    rec: { id: rec.rec.id, title: rec.rec.title, text: rec.rec.text, docTitle: rec.docTitle, docSlug: rec.docSlug },
  });
}

// Each intent's input is the loop's schema for that action (shared with the JSON API).
const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  signInput.extend({ intent: z.literal("sign") }),
  reassignmentRequestInput.extend({ intent: z.literal("reassign") }),
  adoptionReportInput.extend({ intent: z.literal("adoption") }),
]));

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, row } = await load(request, params.assignmentId);
  const form = await readForm(request);
  const parsed = parseForm(intents, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    if (parsed.data.intent === "sign") await signAssignment(user, row.a.id, "recommendation");
    else if (parsed.data.intent === "reassign") await requestReassignment(user, row.a.id, parsed.data.reason, "recommendation");
    else await reportAdoption(user, row.a.id, parsed.data);
    return redirect(`/department/recommendations/${row.a.id}?done=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function RecommendationAssignment() {
  const { a, rec, can } = useLoaderData<typeof loader>();
  const forIntent = (intent: string) => (state?.values?.intent === intent ? state : undefined);
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="ra-title">
      <p>
        <Link to="/department">承办工作台</Link>
      </p>
      <h1 id="ra-title">{rec.title}</h1>
      <p>
        出自 <Link to={`/documents/${rec.docSlug}`}>{rec.docTitle}</Link> · {ASSIGNMENT_ROLE_LABELS[a.role]} · 期限 {a.deadline} · <AssignmentBadge state={a.state} /> <OverdueBadge days={a.overdueDays} />
      </p>
      {/* After a failed action the URL still says what the last one did: show only the failure. */}
      {params.get("done") && !state ? (
        <p className="notice ok" role="status">
          已完成。
        </p>
      ) : null}
      <FormError state={state} />
      <div className="doc-text">{rec.text}</div>
      <SignAndReassignForms can={can} state={forIntent("reassign")} />
      {can.report_adoption ? (
        <Form method="post" className="stack card" noValidate>
          <h2>采纳情况与进度</h2>
          <input type="hidden" name="intent" value="adoption" />
          <Field name="adoption" label="采纳情况" state={forIntent("adoption")}>
            <select defaultValue={valueOf(forIntent("adoption"), "adoption", a.adoption ?? "")} {...inputProps("adoption", forIntent("adoption"))}>
              <option value="">请选择</option>
              {Object.entries(ADOPTION_LABELS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </Field>
          {/* Its own id: the re-assignment form above has a "reason" field too. */}
          <div className="field">
            <label htmlFor="f-adoption-reason">理由（部分采纳、留作参考或不采纳时必填）</label>
            <textarea
              rows={3}
              id="f-adoption-reason"
              name="reason"
              defaultValue={valueOf(forIntent("adoption"), "reason", a.adoptionReason ?? "")}
              aria-invalid={forIntent("adoption")?.errors?.reason ? true : undefined}
              aria-describedby={forIntent("adoption")?.errors?.reason ? "f-adoption-reason-error" : undefined}
            />
            {forIntent("adoption")?.errors?.reason ? (
              <p className="field-error" id="f-adoption-reason-error">
                {forIntent("adoption")?.errors?.reason}
              </p>
            ) : null}
          </div>
          <Field name="progress" label="进度（0–100%）" state={forIntent("adoption")}>
            <input type="number" min={0} max={100} defaultValue={valueOf(forIntent("adoption"), "progress", String(a.progress ?? 0))} {...inputProps("progress", forIntent("adoption"))} />
          </Field>
          <div className="actions">
            <button type="submit" className="primary">
              报告
            </button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
