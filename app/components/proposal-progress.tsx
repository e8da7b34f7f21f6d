import type { SerializeFrom } from "@remix-run/node";
import { Link } from "~/components/link";
import { AssignmentBadge, OverdueBadge } from "~/components/badges";
import { AdoptionBadge } from "~/components/recommendation-handling";
import { formatTime } from "~/components/events-table";
import { PlainText } from "~/components/plain-text";
import { ReplyLetterLink } from "~/components/reply-letter-link";
import type {
  proposalDetail,
  publicTimeline,
} from "~/models/loop/proposal-queries.server";
import {
  ASSIGNMENT_ROLE_LABELS,
  REPLY_CATEGORY_LABELS,
  REPLY_KIND_LABELS,
  SATISFACTION_LABELS,
  TIMELINE_LABELS,
} from "~/utils/labels";

type Detail = SerializeFrom<Awaited<ReturnType<typeof proposalDetail>>>;
type Timeline = SerializeFrom<Awaited<ReturnType<typeof publicTimeline>>>;

/**
 * A proposal's progress as the public sees it — 承办单位 with deadlines, replies,
 * evaluations, the timeline — shared by the public page and the proposer's own
 * page (issue 15), so both always show the same.
 */
export function ProposalProgress({
  assignments,
  replies,
  evaluations,
  timeline,
}: Pick<Detail, "assignments" | "replies" | "evaluations"> & {
  timeline: Timeline;
}) {
  return (
    <>
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
                    <Link to={`/departments/${a.departmentId}`}>
                      {a.departmentName}
                    </Link>
                  </td>
                  <td>{ASSIGNMENT_ROLE_LABELS[a.role]}</td>
                  <td>{a.deadline}</td>
                  <td>
                    <AssignmentBadge state={a.state} role={a.role} />{" "}
                    <OverdueBadge days={a.overdueDays} />
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
              {r.body ? (
                <PlainText text={r.body} />
              ) : (
                <p>（提案人未同意公开答复全文）</p>
              )}
              {r.adoptions.length ? (
                <ul className="adoptions" aria-label="逐条采纳情况">
                  {r.adoptions.map((m) => (
                    <li key={m.title}>
                      {m.title}：<AdoptionBadge adoption={m.adoption} />
                      {m.reason ? ` ${m.reason}` : ""}
                    </li>
                  ))}
                </ul>
              ) : null}
              {/* 答复函: the printable letter and its .docx, once the reply is published and its text shown. */}
              {r.body && r.kind !== "co_opinion" && r.state === "published" ? <ReplyLetterLink replyId={r.id} /> : null}
            </div>
          ))
        ) : (
          <p>尚无公开的答复。</p>
        )}
      </section>
      <EvaluationList evaluations={evaluations} />
      <section aria-labelledby="pp-timeline">
        <h2 id="pp-timeline">办理进程</h2>
        <ol className="timeline">
          {timeline.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{formatTime(e.at)}</time>{" "}
              {TIMELINE_LABELS[e.action] ?? e.action}
              {e.department
                ? `：${e.department}${
                    e.role
                      ? `（${
                          ASSIGNMENT_ROLE_LABELS[
                            e.role as keyof typeof ASSIGNMENT_ROLE_LABELS
                          ]
                        }）`
                      : ""
                  }`
                : ""}
              {e.deadline ? `，期限 ${e.deadline}` : ""}
              {e.category ? `，${e.category} 类` : ""}
              {e.caseNo ? `，案号 ${e.caseNo}` : ""}
              {e.attitude
                ? `：态度${
                    SATISFACTION_LABELS[
                      e.attitude as keyof typeof SATISFACTION_LABELS
                    ]
                  }，结果${
                    SATISFACTION_LABELS[
                      e.result as keyof typeof SATISFACTION_LABELS
                    ]
                  }`
                : ""}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/**
 * 评价: the proposer's ratings, and their comment where the reader may see it
 * (the proposers, the handling departments, staff; never the public: proposalDetail).
 */
export function EvaluationList({ evaluations }: Pick<Detail, "evaluations">) {
  if (!evaluations.length) return null;
  return (
    <section aria-labelledby="pp-eval">
      <h2 id="pp-eval">评价</h2>
      <ul>
        {evaluations.map((e) => (
          <li key={e.id}>
            {formatTime(e.at)}：办理态度{SATISFACTION_LABELS[e.attitude]}
            ，办理结果{SATISFACTION_LABELS[e.result]}
            {e.comment ? `。评价意见：${e.comment}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
