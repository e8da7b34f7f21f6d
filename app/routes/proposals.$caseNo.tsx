import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { feedLinks } from "~/utils/feeds";
import { getOptionalUser, requireUser } from "~/auth/auth.server";
import { KeyBadge, StateBadge } from "~/components/badges";
import { ProposalProgress } from "~/components/proposal-progress";
import { isFollowing, proposalDetail, publicProposers, publicTimeline, setFollowing } from "~/models/loop/proposal-queries.server";
import { getProposalByCaseNo, isPublic } from "~/models/loop/proposals.server";
import { listAttachments } from "~/models/loop/proposal-attachments.server";
import { DOCUMENT_KIND_LABELS } from "~/utils/labels";
import { renderMarkdown } from "~/utils/markdown.server";
import { readForm } from "~/utils/forms.server";
import { notFound } from "~/utils/responses";
import { SupportButton, SupportNotice } from "~/components/participation-ui";
import { supportSummary } from "~/models/participation/supports.server";
import { writtenScriptOf } from "~/models/documents/written-script.server";
import { readingFor } from "~/utils/reading.server";
import { ScriptNote, Written, writtenProps } from "~/components/script-reading";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.proposal.caseNo ?? ""} ${data?.proposal.title ?? "提案"} · 协商` },
  { name: "description", content: `提案 ${data?.proposal.caseNo ?? ""}《${data?.proposal.title ?? ""}》的交办、答复与评价。` },
  ...feedLinks("replies"),
  ...(data?.reading.original ? [{ name: "robots", content: "noindex" }] : []),
];

async function load(caseNo: string | undefined) {
  const p = caseNo && /^\d{4}-\d{4}$/.test(caseNo) ? await getProposalByCaseNo(caseNo) : null;
  if (!p || !isPublic(p)) throw notFound();
  return p;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const p = await load(params.caseNo);
  const user = await getOptionalUser(request);
  const [detail, timeline, following, attachments, written, proposers] = await Promise.all([
    proposalDetail(p, { includeUnpublishedReplies: false, includeEvaluationComments: false }),
    publicTimeline(p),
    user ? isFollowing(user.id, p.id) : false,
    listAttachments(p.id),
    writtenScriptOf(p.documentId),
    publicProposers(p),
  ]);
  const support = await supportSummary("proposal", p.id, user);
  // 简/繁: title and body in the reader's script, or as written on request (decision 016);
  // the script is its document's, told when it was accepted.
  const reading = readingFor(request, written);
  return json({
    reading: reading.view,
    proposal: { caseNo: p.caseNo!, title: reading.text(p.title), state: p.state, kind: p.kind, year: p.year, isKey: p.isKey, leader: p.supervisingLeader, bodyHtml: renderMarkdown(reading.text(p.body)) },
    ...detail,
    timeline,
    proposers: { consented: proposers.consented, names: proposers.names.map(reading.text) },
    signedIn: !!user,
    following,
    attachments,
    support: { ...support, allowed: !user || user.id !== p.authorId },
  });
}

// 关注: any signed-in user can follow an item and is then notified of its progress.
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const p = await load(params.caseNo);
  const form = await readForm(request);
  await setFollowing(user.id, p.id, form.get("follow") === "1");
  return redirect(`/proposals/${p.caseNo}`);
}

export default function ProposalPage() {
  const { proposal, assignments, replies, evaluations, timeline, documentSlug, proposers, signedIn, following, attachments, support, reading } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="pp-title">
      <p>
        <Link to="/proposals">提案办理</Link>
      </p>
      <h1 id="pp-title">
        <Written reading={reading}>{proposal.title}</Written>
      </h1>
      <ScriptNote reading={reading} />
      <p className="doc-meta">
        案号 {proposal.caseNo} · {DOCUMENT_KIND_LABELS[proposal.kind]} · {proposal.year} 年 · <StateBadge state={proposal.state} />{" "}
        <KeyBadge isKey={proposal.isKey} />
        {proposal.isKey && proposal.leader ? ` 督办领导：${proposal.leader}` : ""}
      </p>
      <p className="doc-meta" id="pp-proposers">
        提案人：{proposers.consented ? <Written reading={reading}>{proposers.names.join("、")}</Written> : "（提案人未同意公开姓名）"}
      </p>
      {signedIn ? (
        <Form method="post" className="actions">
          <input type="hidden" name="follow" value={following ? "0" : "1"} />
          <button type="submit" className="secondary">
            {following ? "取消关注" : "关注办理进展"}
          </button>
        </Form>
      ) : null}
      <SupportNotice />
      <p>
        <SupportButton support={support} allowed={support.allowed} />
      </p>
      {documentSlug ? (
        <p>
          <Link to={`/documents/${documentSlug}`}>查看逐条建议（结构化文档）</Link>
        </p>
      ) : null}
      <ProposalProgress assignments={assignments} replies={replies} evaluations={evaluations} timeline={timeline} />
      <section aria-labelledby="pp-body">
        <h2 id="pp-body">提案原文</h2>
        <div className="prose" {...writtenProps(reading)} dangerouslySetInnerHTML={{ __html: proposal.bodyHtml }} />
        {attachments.length ? (
          <ul aria-label="附件">
            {attachments.map((f) => (
              <li key={f.id}>
                附件：<a href={`/proposals/attachments/${f.id}`}>{f.fileName}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </article>
  );
}
