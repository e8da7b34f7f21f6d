import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireDepartmentUser } from "~/auth/auth.server";
import { AssignmentBadge, OverdueBadge } from "~/components/badges";
import { Field, FormError, inputProps } from "~/components/form";
import { getRecommendation } from "~/models/documents/recommendation-queries.server";
import { overdueDays, signAssignment } from "~/models/loop/handling.server";
import { getOwnAssignment } from "~/models/loop/handling-queries.server";
import { reportAdoption } from "~/models/loop/recommendation-handling.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import { notFound } from "~/utils/responses";

export const meta: MetaFunction = () => [{ title: "办理调研报告建议 · 协商" }];

async function load(request: Request, idParam: string | undefined) {
  const user = await requireDepartmentUser(request);
  const row = await getOwnAssignment(user, parseId(idParam));
  if (!row || !row.a.recommendationId) throw notFound();
  return { user, row };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { row } = await load(request, params.assignmentId);
  const rec = (await getRecommendation(row.a.recommendationId!))!;
  return json({
    a: { id: row.a.id, state: row.a.state, deadline: row.a.deadline, adoption: row.a.adoption, adoptionReason: row.a.adoptionReason, progress: row.a.progress, overdueDays: overdueDays(row.a) },
    rec: { id: rec.rec.id, title: rec.rec.title, text: rec.rec.text, docTitle: rec.docTitle, docSlug: rec.docSlug },
  });
}

const intents = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("sign") }),
  z.object({
    intent: z.literal("adoption"),
    adoption: z.enum(["adopted", "partly", "not_adopted"], { error: "请选择采纳情况" }),
    reason: z.string().max(2000).default(""),
    progress: z.coerce.number({ error: "请填写进度" }).int("进度须为整数").min(0, "进度须在 0–100 之间").max(100, "进度须在 0–100 之间"),
  }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, row } = await load(request, params.assignmentId);
  const form = await readForm(request);
  const parsed = parseForm(intents, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    if (parsed.data.intent === "sign") await signAssignment(user, row.a.id);
    else await reportAdoption(user, row.a.id, parsed.data);
    return redirect(`/department/recommendations/${row.a.id}?done=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function RecommendationAssignment() {
  const { a, rec } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="ra-title">
      <p>
        <Link to="/department">承办工作台</Link>
      </p>
      <h1 id="ra-title">{rec.title}</h1>
      <p>
        出自 <Link to={`/documents/${rec.docSlug}`}>{rec.docTitle}</Link> · 期限 {a.deadline} · <AssignmentBadge state={a.state} /> <OverdueBadge days={a.overdueDays} />
      </p>
      {/* After a failed action the URL still says what the last one did: show only the failure. */}
      {params.get("done") && !state ? (
        <p className="notice ok" role="status">
          已完成。
        </p>
      ) : null}
      <FormError state={state} />
      <div className="doc-text">{rec.text}</div>
      {a.state === "assigned" ? (
        <Form method="post" className="actions">
          <button type="submit" name="intent" value="sign" className="primary">
            签收
          </button>
        </Form>
      ) : null}
      {["assigned", "signed", "replied"].includes(a.state) ? (
        <Form method="post" className="stack card" noValidate>
          <h2>采纳情况与进度</h2>
          <input type="hidden" name="intent" value="adoption" />
          <Field name="adoption" label="采纳情况" state={state}>
            <select defaultValue={a.adoption ?? ""} {...inputProps("adoption", state)}>
              <option value="">请选择</option>
              <option value="adopted">采纳</option>
              <option value="partly">部分采纳</option>
              <option value="not_adopted">未采纳</option>
            </select>
          </Field>
          <Field name="reason" label="理由（部分采纳或未采纳时必填）" state={state}>
            <textarea rows={3} defaultValue={a.adoptionReason ?? ""} {...inputProps("reason", state)} />
          </Field>
          <Field name="progress" label="进度（0–100%）" state={state}>
            <input type="number" min={0} max={100} defaultValue={a.progress ?? 0} {...inputProps("progress", state)} />
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
