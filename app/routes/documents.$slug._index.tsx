import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { DocumentTree } from "~/components/document-tree";
import { DocumentOpinionSources } from "~/components/participation-ui";
import { documentOpinionSources } from "~/models/participation/summaries.server";
import { getPublishedDocument } from "~/models/documents/document-queries.server";
import { handlingOfRecommendations } from "~/models/loop/recommendation-status.server";
import { DOCUMENT_KIND_LABELS } from "~/utils/labels";
import { bodyWithoutTitle } from "~/models/documents/anchors";
import { renderParagraphs } from "~/utils/markdown.server";
import { notFound } from "~/utils/responses";
import { readingFor } from "~/utils/reading.server";
import { publicProposalOfDocument } from "~/models/loop/proposal-queries.server";
import { ScriptNote, Written, writtenProps } from "~/components/script-reading";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.doc.title ?? "文档"} · 协商` },
  // Each page says what it is (search engines, link previews; Lighthouse SEO).
  { name: "description", content: `${data?.doc.title ?? "文档"}：逐条建议、承办单位与办理进展。` },
  // The original (?script=original) is the same document: index the page itself.
  ...(data?.reading.original ? [{ name: "robots", content: "noindex" }] : []),
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const found = await getPublishedDocument(params.slug ?? "");
  if (!found) throw notFound();
  const { doc, nodes } = found;
  // 简/繁: the text in the reader's script, or as written on request (decision 016).
  const reading = readingFor(request, doc.writtenScript);
  const t = reading.text;
  const [opinionSources, proposal] = await Promise.all([documentOpinionSources(doc.id), publicProposalOfDocument(doc.id)]);
  const handling = await handlingOfRecommendations(
    doc.id,
    nodes.filter((n) => n.kind === "recommendation").map((n) => n.id),
  );
  return json({
    opinionSources,
    proposal: proposal ? { caseNo: proposal.caseNo } : null,
    reading: reading.view,
    doc: {
      ...doc,
      title: t(doc.title),
      byline: doc.byline === null ? null : t(doc.byline),
      authors: doc.authors.map(t),
      session: doc.session === null ? null : t(doc.session),
      introHtml: renderParagraphs(t(doc.intro)),
    },
    nodes: nodes.map((n) => ({
      id: n.id,
      parentId: n.parentId,
      path: n.path,
      position: n.position,
      marker: n.marker === null ? null : t(n.marker),
      title: t(n.title),
      html: renderParagraphs(t(bodyWithoutTitle(n.title, n.text))),
      isLeaf: n.isLeaf,
      kind: n.kind,
      handling: handling.get(n.id),
      mentions: n.mentions,
    })),
  });
}

export default function DocumentPage() {
  const { doc, nodes, opinionSources, proposal, reading } = useLoaderData<typeof loader>();
  // Only recommendations are counted; background is context.
  const leaves = nodes.filter((n) => n.kind === "recommendation").length;
  return (
    <article aria-labelledby="doc-title">
      <p>
        <Link to="/documents">报告与提案</Link>
      </p>
      <h1 id="doc-title">
        <Written reading={reading}>{doc.title}</Written>
      </h1>
      <ScriptNote reading={reading} />
      <dl className="facts">
        <dt>类别</dt>
        <dd>{DOCUMENT_KIND_LABELS[doc.kind]}</dd>
        {proposal ? (
          <>
            <dt>提案办理</dt>
            <dd>
              <Link to={`/proposals/${proposal.caseNo}`}>案号 {proposal.caseNo} 的办理情况</Link>
            </dd>
          </>
        ) : null}
        {doc.organisationName ? (
          <>
            <dt>提出单位</dt>
            <dd>
              <Link to={`/organisations/${doc.organisationSlug}`}>{doc.organisationName}</Link>
            </dd>
          </>
        ) : null}
        {doc.byline ? (
          <>
            <dt>署名</dt>
            <dd>
              <Written reading={reading}>{doc.byline}</Written>
            </dd>
          </>
        ) : null}
        {doc.authors.length ? (
          <>
            <dt>{doc.kind === "joint_proposal" ? "联名委员" : "作者"}</dt>
            <dd>
              <Written reading={reading}>{doc.authors.join("、")}</Written>
            </dd>
          </>
        ) : null}
        <dt>年度与会次</dt>
        <dd>
          {doc.year} 年
          {doc.session ? (
            <>
              {" · "}
              <Written reading={reading}>{doc.session}</Written>
            </>
          ) : null}
        </dd>
        <dt>建议</dt>
        <dd>{leaves} 条</dd>
        <dt>版本</dt>
        <dd>
          第 {doc.currentVersion} 版 · <Link to={`/documents/${doc.slug}/history`}>修订记录</Link>
        </dd>
      </dl>
      {doc.introHtml ? <div className="intro doc-text" {...writtenProps(reading)} dangerouslySetInnerHTML={{ __html: doc.introHtml }} /> : null}
      <h2>建议</h2>
      <DocumentTree nodes={nodes} reading={reading} />
      <DocumentOpinionSources sources={opinionSources} />
    </article>
  );
}
