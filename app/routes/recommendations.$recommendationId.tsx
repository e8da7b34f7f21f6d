import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Mentions, anchorOf } from "~/components/document-tree";
import { actionLabel, formatTime } from "~/components/events-table";
import { getRecommendation, recommendationTimeline } from "~/models/document-queries.server";
import { DOCUMENT_KIND_LABELS } from "~/utils/labels";
import { bodyWithoutTitle } from "~/models/documents.server";
import { renderParagraphs } from "~/utils/markdown.server";
import { parseId } from "~/utils/params";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.rec.title ?? "建议"} · 协商` }];

export async function loader({ params }: LoaderFunctionArgs) {
  const id = parseId(params.recommendationId);
  const found = await getRecommendation(id);
  if (!found || found.rec.removedInVersion !== null) throw new Response("Not Found", { status: 404 });
  const events = await recommendationTimeline(id);
  return json({
    rec: { id, path: found.rec.path, marker: found.rec.marker, title: found.rec.title, html: renderParagraphs(bodyWithoutTitle(found.rec.title, found.rec.text)) },
    doc: { slug: found.docSlug, title: found.docTitle, kind: found.docKind, year: found.docYear, organisationName: found.organisationName },
    ancestors: found.ancestors.map((a) => ({ id: a.id, path: a.path, marker: a.marker, title: a.title })),
    children: found.children.map((c) => ({ id: c.id, marker: c.marker, title: c.title })),
    mentions: found.mentions,
    timeline: events.map((e) => ({ id: e.id, at: e.occurredAt.toISOString(), action: e.action, note: e.note })),
  });
}

export default function RecommendationPage() {
  const { rec, doc, ancestors, children, mentions, timeline } = useLoaderData<typeof loader>();
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
        <span className="badge muted">待交办</span>
      </p>
      <div className="doc-text" dangerouslySetInnerHTML={{ __html: rec.html }} />
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
