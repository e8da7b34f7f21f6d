import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { getOptionalUser } from "~/auth/auth.server";
import { isStaff } from "~/auth/permissions";
import { HandlingSummary } from "~/components/recommendation-handling";
import { handlingOfRecommendations } from "~/models/loop/recommendation-status.server";
import { Mentions } from "~/components/document-tree";
import { anchorOf } from "~/models/documents/anchors";
import { actionLabel, formatTime } from "~/components/events-table";
import { getRecommendation, recommendationTimeline } from "~/models/documents/recommendation-queries.server";
import { DOCUMENT_KIND_LABELS, NODE_KIND_LABELS } from "~/utils/labels";
import { bodyWithoutTitle } from "~/models/documents/anchors";
import { renderParagraphs } from "~/utils/markdown.server";
import { parseId } from "~/utils/params";
import { notFound } from "~/utils/responses";
import { RecommendationParticipation } from "~/components/participation-ui";
import { recommendationParticipation } from "~/models/participation/summaries.server";
import { readingFor } from "~/utils/reading.server";
import { ORIGINAL_PARAM, ORIGINAL_VALUE } from "~/utils/reading";
import { ScriptNote, Written, writtenProps } from "~/components/script-reading";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.rec.title ?? "建议"} · 协商` },
  ...(data?.reading.original ? [{ name: "robots", content: "noindex" }] : []),
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const id = parseId(params.recommendationId);
  const found = await getRecommendation(id);
  if (!found || found.rec.removedInVersion !== null) throw notFound();
  const isRecommendation = found.rec.kind === "recommendation";
  const [events, handling, user] = await Promise.all([
    recommendationTimeline(id),
    isRecommendation ? handlingOfRecommendations(found.rec.documentId, [id]) : Promise.resolve(new Map()),
    getOptionalUser(request),
  ]);
  const participation = await recommendationParticipation(id, isRecommendation, user);
  // 简/繁: the document's text in the reader's script, or as written on request (decision 016).
  const reading = readingFor(request, found.docScript);
  const t = reading.text;
  const node = (n: { marker: string | null; title: string }) => ({ marker: n.marker === null ? null : t(n.marker), title: t(n.title) });
  return json({
    participation,
    reading: reading.view,
    // Staff assign a report's recommendations in its 交办 table.
    canAssign: isStaff(user) && found.docKind === "research_report" && isRecommendation,
    handling: handling.get(id) ?? null,
    rec: { id, path: found.rec.path, ...node(found.rec), kind: found.rec.kind, html: renderParagraphs(t(bodyWithoutTitle(found.rec.title, found.rec.text))) },
    doc: { slug: found.docSlug, title: t(found.docTitle), kind: found.docKind, year: found.docYear, organisationName: found.organisationName },
    ancestors: found.ancestors.map((a) => ({ id: a.id, path: a.path, ...node(a) })),
    children: found.children.map((c) => ({ id: c.id, ...node(c) })),
    mentions: found.mentions,
    timeline: events.map((e) => ({ id: e.id, at: e.occurredAt.toISOString(), action: e.action, note: e.note })),
  });
}

export default function RecommendationPage() {
  const { rec, doc, ancestors, children, mentions, timeline, handling, canAssign, participation, reading } = useLoaderData<typeof loader>();
  // Reading the original: the document links stay on the original.
  const asWritten = reading.original ? `?${ORIGINAL_PARAM}=${ORIGINAL_VALUE}` : "";
  return (
    <article aria-labelledby="rec-title">
      <nav aria-label="所在位置">
        <Link to={`/documents/${doc.slug}${asWritten}`}>
          <Written reading={reading}>{doc.title}</Written>
        </Link>
        {ancestors.map((a) => (
          <span key={a.id}>
            {" › "}
            <Link to={`/documents/${doc.slug}${asWritten}#${anchorOf(a.path)}`}>
              <Written reading={reading}>
                {a.marker ?? ""}
                {a.title}
              </Written>
            </Link>
          </span>
        ))}
      </nav>
      <h1 id="rec-title">
        <Written reading={reading}>
          {rec.marker ? `${rec.marker} ` : ""}
          {rec.title}
        </Written>
      </h1>
      <ScriptNote reading={reading} />
      <p className="doc-meta">
        {DOCUMENT_KIND_LABELS[doc.kind]} · {doc.year} 年{doc.organisationName ? ` · ${doc.organisationName}` : ""}
        {rec.kind !== "recommendation" ? (
          <>
            {" "}
            · <span className="badge muted">{NODE_KIND_LABELS[rec.kind]}</span>
          </>
        ) : null}
      </p>
      <div className="doc-text" {...writtenProps(reading)} dangerouslySetInnerHTML={{ __html: rec.html }} />
      <RecommendationParticipation {...participation} />
      {rec.kind === "recommendation" ? (
        <>
          <h2>相关单位</h2>
          {mentions.length ? <Mentions mentions={mentions} /> : <p>文中未写明承办单位。</p>}
          <h2>办理情况</h2>
          {handling ? <HandlingSummary handling={handling} /> : null}
          {canAssign ? (
            <p>
              <Link to={`/staff/documents/${doc.slug}/assign`}>在交办表中交办本报告的建议</Link>
            </p>
          ) : null}
        </>
      ) : (
        <p>这是{NODE_KIND_LABELS[rec.kind]}，作为建议的背景，不交办、不计入建议条数。</p>
      )}
      {children.length ? (
        <>
          <h2>下设条目</h2>
          <ul>
            {children.map((c) => (
              <li key={c.id}>
                <Link to={`/recommendations/${c.id}`}>
                  <Written reading={reading}>
                    {c.marker ?? ""}
                    {c.title}
                  </Written>
                </Link>
              </li>
            ))}
          </ul>
        </>
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
        <Link to={`/documents/${doc.slug}${asWritten}#${anchorOf(rec.path)}`}>在原文中查看</Link>
      </p>
    </article>
  );
}
