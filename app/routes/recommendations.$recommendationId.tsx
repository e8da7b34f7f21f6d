import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getOptionalUser, requireStaff } from "~/auth/auth.server";
import { isStaff } from "~/auth/permissions";
import { AssignmentBadge, OverdueBadge } from "~/components/badges";
import { FormError } from "~/components/form";
import { listDepartments } from "~/models/directory/departments.server";
import { overdueDays } from "~/models/loop/handling.server";
import { assignRecommendation, recommendationAssignments } from "~/models/loop/recommendation-handling.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { Mentions } from "~/components/document-tree";
import { anchorOf } from "~/models/documents/anchors";
import { actionLabel, formatTime } from "~/components/events-table";
import { getRecommendation, recommendationTimeline } from "~/models/documents/recommendation-queries.server";
import { DOCUMENT_KIND_LABELS } from "~/utils/labels";
import { bodyWithoutTitle } from "~/models/documents/anchors";
import { renderParagraphs } from "~/utils/markdown.server";
import { parseId } from "~/utils/params";
import { notFound } from "~/utils/responses";
import { RecommendationParticipation } from "~/components/participation-ui";
import { recommendationParticipation } from "~/models/participation/summaries.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.rec.title ?? "建议"} · 协商` }];

const ADOPTION = { adopted: "采纳", partly: "部分采纳", not_adopted: "未采纳" } as const;

export async function loader({ params, request }: LoaderFunctionArgs) {
  const id = parseId(params.recommendationId);
  const found = await getRecommendation(id);
  if (!found || found.rec.removedInVersion !== null) throw notFound();
  const [events, assigned, user] = await Promise.all([recommendationTimeline(id), recommendationAssignments(id), getOptionalUser(request)]);
  const canAssign = isStaff(user) && found.docKind === "research_report" && found.rec.isLeaf;
  const participation = await recommendationParticipation(id, found.rec.isLeaf, user);
  return json({
    participation,
    canAssign,
    departments: canAssign ? (await listDepartments()).map((d) => ({ id: d.id, name: d.name })) : [],
    assignments: assigned.map(({ a, departmentName }) => ({
      id: a.id,
      departmentId: a.departmentId,
      departmentName,
      state: a.state,
      deadline: a.deadline,
      adoption: a.adoption,
      adoptionReason: a.adoptionReason,
      progress: a.progress,
      overdueDays: overdueDays(a),
    })),
    rec: { id, path: found.rec.path, marker: found.rec.marker, title: found.rec.title, html: renderParagraphs(bodyWithoutTitle(found.rec.title, found.rec.text)) },
    doc: { slug: found.docSlug, title: found.docTitle, kind: found.docKind, year: found.docYear, organisationName: found.organisationName },
    ancestors: found.ancestors.map((a) => ({ id: a.id, path: a.path, marker: a.marker, title: a.title })),
    children: found.children.map((c) => ({ id: c.id, marker: c.marker, title: c.title })),
    mentions: found.mentions,
    timeline: events.map((e) => ({ id: e.id, at: e.occurredAt.toISOString(), action: e.action, note: e.note })),
  });
}

const assignSchema = z.object({
  departmentId: z.coerce.number({ error: "请选择承办单位" }).int().positive("请选择承办单位").max(2_147_483_647, "请选择承办单位"),
  deadline: z
    .string()
    .optional()
    .transform((v) => v || null),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const id = parseId(params.recommendationId);
  const form = await readForm(request);
  const parsed = parseForm(assignSchema, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    await assignRecommendation(user, id, parsed.data.departmentId, parsed.data.deadline);
    return redirect(`/recommendations/${id}`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function RecommendationPage() {
  const { rec, doc, ancestors, children, mentions, timeline, assignments, canAssign, departments, participation } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <article aria-labelledby="rec-title">
      <nav aria-label="所在位置">
        <Link to={`/documents/${doc.slug}`}>{doc.title}</Link>
        {ancestors.map((a) => (
          <span key={a.id}>
            {" › "}
            <Link to={`/documents/${doc.slug}#${anchorOf(a.path)}`}>
              {a.marker ?? ""}
              {a.title}
            </Link>
          </span>
        ))}
      </nav>
      <h1 id="rec-title">
        {rec.marker ? `${rec.marker} ` : ""}
        {rec.title}
      </h1>
      <p className="doc-meta">
        {DOCUMENT_KIND_LABELS[doc.kind]} · {doc.year} 年{doc.organisationName ? ` · ${doc.organisationName}` : ""} ·{" "}
        {assignments.length ? <AssignmentBadge state={assignments[0].state} /> : <span className="badge muted">待交办</span>}
      </p>
      <div className="doc-text" dangerouslySetInnerHTML={{ __html: rec.html }} />
      <RecommendationParticipation {...participation} />
      <h2>相关单位</h2>
      {mentions.length ? <Mentions mentions={mentions} /> : <p>文中未写明承办单位，待提案委员会交办时确定。</p>}
      {children.length ? (
        <>
          <h2>具体建议</h2>
          <ul>
            {children.map((c) => (
              <li key={c.id}>
                <Link to={`/recommendations/${c.id}`}>
                  {c.marker ?? ""}
                  {c.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {assignments.length ? (
        <>
          <h2>交办与采纳</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">承办单位</th>
                <th scope="col">期限</th>
                <th scope="col">状态</th>
                <th scope="col">采纳情况</th>
                <th scope="col">进度</th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/departments/${a.departmentId}`}>{a.departmentName}</Link>
                  </td>
                  <td>{a.deadline}</td>
                  <td>
                    <AssignmentBadge state={a.state} /> <OverdueBadge days={a.overdueDays} />
                  </td>
                  <td>
                    {a.adoption ? ADOPTION[a.adoption] : "—"}
                    {a.adoptionReason ? `：${a.adoptionReason}` : ""}
                  </td>
                  <td>{a.progress === null ? "—" : <progress max={100} value={a.progress} aria-label={`进度 ${a.progress}%`} />} {a.progress ?? ""}{a.progress === null ? "" : "%"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {canAssign ? (
        <Form method="post" className="stack card" noValidate>
          <h2>交办这条建议</h2>
          <FormError state={state} />
          <label htmlFor="departmentId">承办单位</label>
          <select id="departmentId" name="departmentId" defaultValue={mentions.find((m) => m.role === "lead")?.departmentId ?? ""}>
            <option value="">请选择</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
          {state?.errors && "departmentId" in state.errors ? <p className="field-error">{state.errors.departmentId}</p> : null}
          <label htmlFor="deadline">办理期限（留空为三个月后）</label>
          <input type="date" id="deadline" name="deadline" />
          <div className="actions">
            <button type="submit" className="primary">
              交办
            </button>
          </div>
        </Form>
      ) : null}
      <h2>办理进程</h2>
      <ol>
        {timeline.map((e) => (
          <li key={e.id}>
            {formatTime(e.at)} {actionLabel(e.action)}
            {e.note ? `：${e.note}` : ""}
          </li>
        ))}
      </ol>
      <p>
        <Link to={`/documents/${doc.slug}#${anchorOf(rec.path)}`}>在原文中查看</Link>
      </p>
    </article>
  );
}
