import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { feedLinks } from "~/utils/feeds";
import { ReplyLetterLink } from "~/components/reply-letter-link";
import { getOptionalUser, requireUser } from "~/auth/auth.server";
import { AssignmentBadge, KeyBadge, OverdueBadge, StateBadge } from "~/components/badges";
import { formatTime } from "~/components/events-table";
import { PlainText } from "~/components/plain-text";
import { isFollowing, proposalDetail, publicTimeline, setFollowing } from "~/models/loop/proposal-queries.server";
import { getProposalByCaseNo, isPublic } from "~/models/loop/proposals.server";
import { listAttachments } from "~/models/loop/proposal-attachments.server";
import {
  ASSIGNMENT_ROLE_LABELS,
  DOCUMENT_KIND_LABELS,
  REPLY_CATEGORY_LABELS,
  REPLY_KIND_LABELS,
  SATISFACTION_LABELS,
  TIMELINE_LABELS,
} from "~/utils/labels";
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
  const [detail, timeline, following, attachments, written] = await Promise.all([
    proposalDetail(p, { includeUnpublishedReplies: false }),
    publicTimeline(p),
    user ? isFollowing(user.id, p.id) : false,
    listAttachments(p.id),
    writtenScriptOf(p.documentId),
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
  const { proposal, assignments, replies, evaluations, timeline, documentSlug, signedIn, following, attachments, support, reading } = useLoaderData<typeof loader>();
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
          <Link to={`/documents/${documentSlug}`}>查看逐条建议</Link>
        </p>
      ) : null}
      <section aria-labelledby="pp-assign">
        <h2 id="pp-assign">承办单位</h2>
        {assignments.length ? (
          <table>
            <thead>
              <tr>
                <th scope="col">单位</th>
                <th scope="col">方式</th>
                <th scope="col">办理期限</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/departments/${a.departmentId}`}>{a.departmentName}</Link>
                  </td>
                  <td>{ASSIGNMENT_ROLE_LABELS[a.role]}</td>
                  <td>{a.deadline}</td>
                  <td>
                    <AssignmentBadge state={a.state} /> <OverdueBadge days={a.overdueDays} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>尚未交办。</p>
        )}
      </section>
      <section aria-labelledby="pp-replies">
        <h2 id="pp-replies">答复</h2>
        {replies.length ? (
          replies.map((r) => (
            <div key={r.id} id={`reply-${r.id}`} className="card">
              <h3>
                {r.departmentName} · {REPLY_KIND_LABELS[r.kind]}
                {r.category ? ` · ${REPLY_CATEGORY_LABELS[r.category]}` : ""}
                {r.correctsId ? " · 更正" : ""}
              </h3>
              <p className="count">
                {formatTime(r.createdAt)}
                {r.correctedBy ? " · 已被更正（原文保留）" : ""}
              </p>
              {r.body ? <PlainText text={r.body} /> : <p>（提案人未同意公开答复全文）</p>}
              {r.body && r.kind !== "co_opinion" ? <ReplyLetterLink replyId={r.id} /> : null}
            </div>
          ))
        ) : (
          <p>尚无公开的答复。</p>
        )}
      </section>
      {evaluations.length ? (
        <section aria-labelledby="pp-eval">
          <h2 id="pp-eval">评价</h2>
          <ul>
            {evaluations.map((e) => (
              <li key={e.id}>
                {formatTime(e.at)}：办理态度{SATISFACTION_LABELS[e.attitude]}，办理结果{SATISFACTION_LABELS[e.result]}
                {e.comment ? `。${e.comment}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="pp-timeline">
        <h2 id="pp-timeline">办理进程</h2>
        <ol className="timeline">
          {timeline.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{formatTime(e.at)}</time> {TIMELINE_LABELS[e.action] ?? e.action}
              {e.department ? `：${e.department}${e.role ? `（${ASSIGNMENT_ROLE_LABELS[e.role as keyof typeof ASSIGNMENT_ROLE_LABELS]}）` : ""}` : ""}
              {e.deadline ? `，期限 ${e.deadline}` : ""}
              {e.category ? `，${e.category} 类` : ""}
              {e.caseNo ? `，案号 ${e.caseNo}` : ""}
              {e.attitude ? `：态度${SATISFACTION_LABELS[e.attitude as keyof typeof SATISFACTION_LABELS]}，结果${SATISFACTION_LABELS[e.result as keyof typeof SATISFACTION_LABELS]}` : ""}
            </li>
          ))}
        </ol>
      </section>
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
