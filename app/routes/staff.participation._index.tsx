import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { DoneNotice } from "~/components/done-notice";
import { z } from "zod";
import { requireStaff } from "~/auth/auth.server";
import { FormError, valueOf } from "~/components/form";
import { LeadStateBadge, MemberMark, Paragraphs, TopicStateBadge, formatDate } from "~/components/participation-ui";
import { staffLeadQueue } from "~/models/participation/lead-queries.server";
import { opinionModerationQueue } from "~/models/participation/opinion-queries.server";
import { moderateOpinion } from "~/models/participation/opinions.server";
import { listAllTopics } from "~/models/participation/topics.server";
import styles from "~/styles/participation.css";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { idSchema } from "~/utils/schemas";
import { defineSchema } from "~/utils/define-schema";

// 网络议政工作台: the moderation queue (opinions, oldest first, flagged words
// shown), leads waiting for triage, and the topics with their counts.
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "网络议政 · 工作台 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const [queue, leads, topics] = await Promise.all([opinionModerationQueue(), staffLeadQueue(), listAllTopics()]);
  return json({
    queue: queue.map((o) => ({ ...o, createdAt: o.createdAt.toISOString(), moderatedAt: null })),
    pendingLeads: leads.pending.map((l) => ({ id: l.id, title: l.title, authorName: l.authorName, createdAt: l.createdAt.toISOString(), flaggedWords: l.flaggedWords, reason: l.reason })),
    recentLeads: leads.recent.map((l) => ({ id: l.id, title: l.title, state: l.state, updatedAt: l.updatedAt.toISOString() })),
    topics: topics.map((t) => ({ ...t, opensAt: t.opensAt.toISOString(), closesAt: t.closesAt.toISOString() })),
  });
}

const reason = /* @__PURE__ */ defineSchema(() => z.string().trim().max(500, "理由不能超过 500 个字").default(""));
const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve"), opinionId: idSchema }),
  z.object({ intent: z.literal("reject"), opinionId: idSchema, reason }),
  z.object({ intent: z.literal("merge"), opinionId: idSchema, intoId: idSchema, reason }),
]));

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const form = await readForm(request);
  const parsed = parseForm(intents, form);
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
  try {
    if (input.intent === "approve") await moderateOpinion(user, input.opinionId, { decision: "approve" });
    else if (input.intent === "reject") await moderateOpinion(user, input.opinionId, { decision: "reject", reason: input.reason });
    else await moderateOpinion(user, input.opinionId, { decision: "merge", intoId: input.intoId, reason: input.reason });
    return redirect(`/staff/participation?done=${input.intent}#queue`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

const DONE: Record<string, string> = { approve: "已审核通过，意见已公开。", reject: "已不予通过，作者会看到理由。", merge: "已合并到相同意见。" };

export default function StaffParticipation() {
  const { queue, pendingLeads, recentLeads, topics } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const failedId = valueOf(state, "opinionId");
  return (
    <section aria-labelledby="sp-title">
      <p>
        <Link to="/staff">提案办工作台</Link>
      </p>
      <h1 id="sp-title">网络议政</h1>
      <p className="button-row">
        <Link className="button" to="/staff/participation/topics/new">
          设立协商议题
        </Link>{" "}
        <Link to="/staff/participation/words">审核词表</Link> · <Link to="/staff/participation/log">审核记录</Link> · <Link to="/participation">公众页面</Link>
      </p>
      <DoneNotice messages={DONE} failed={state} />

      <section aria-labelledby="q-title" id="queue">
        <h2 id="q-title">待审核意见（{queue.length} 条）</h2>
        <FormError state={state} />
        {queue.length === 0 ? <p>没有待审核的意见。</p> : null}
        {queue.map((o) => (
          <div key={o.id} className="moderation-item" data-testid={`moderate-${o.id}`}>
            <p className="opinion-meta">
              <Link to={`/participation/topics/${o.topicId}`}>{o.topicTitle}</Link>
              <span>
                {o.authorName} <MemberMark asMember={o.asMember} />
              </span>
              <span>{formatDate(o.createdAt)}</span>
              <Link to={`/participation/opinions/${o.id}`}>第 {o.id} 号</Link>
            </p>
            {o.flaggedWords.length ? <p className="flagged">请留意：含有“{o.flaggedWords.join("、")}”</p> : null}
            <Paragraphs text={o.body} />
            {failedId === String(o.id) && state?.errors?.reason ? <p className="field-error">{state.errors.reason}</p> : null}
            <div className="button-row">
              <Form method="post" className="inline-form">
                <input type="hidden" name="opinionId" value={o.id} />
                <button type="submit" name="intent" value="approve" className="primary">
                  通过并公开
                </button>
              </Form>
              <Form method="post" className="inline-form">
                <input type="hidden" name="opinionId" value={o.id} />
                <label htmlFor={`reason-${o.id}`}>不予通过的理由</label>{" "}
                <input id={`reason-${o.id}`} name="reason" maxLength={500} defaultValue={failedId === String(o.id) ? valueOf(state, "reason") : ""} />{" "}
                <button type="submit" name="intent" value="reject" className="secondary">
                  不予通过
                </button>
              </Form>
              {o.mergeTargets.length ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="opinionId" value={o.id} />
                  <label htmlFor={`into-${o.id}`}>与之相同的公开意见</label>{" "}
                  <select id={`into-${o.id}`} name="intoId">
                    {o.mergeTargets.map((t) => (
                      <option key={t.id} value={t.id}>
                        第 {t.id} 号：{t.excerpt}
                      </option>
                    ))}
                  </select>{" "}
                  <button type="submit" name="intent" value="merge" className="secondary">
                    合并
                  </button>
                </Form>
              ) : null}
            </div>
          </div>
        ))}
      </section>

      <section aria-labelledby="leads-title" id="leads">
        <h2 id="leads-title">待分办的提案线索（{pendingLeads.length} 条）</h2>
        {pendingLeads.length ? (
          <ul>
            {pendingLeads.map((l) => (
              <li key={l.id}>
                <Link to={`/participation/leads/${l.id}`}>{l.title}</Link>（{l.authorName}，{formatDate(l.createdAt)}）
                {l.reason ? ` 委员退回：${l.reason}` : ""}
                {l.flaggedWords.length ? <span className="flagged"> 含有“{l.flaggedWords.join("、")}”</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>没有待分办的线索。</p>
        )}
        {recentLeads.length ? (
          <details>
            <summary>最近分办的线索</summary>
            <ul>
              {recentLeads.map((l) => (
                <li key={l.id}>
                  <Link to={`/participation/leads/${l.id}`}>{l.title}</Link> <LeadStateBadge state={l.state} /> {formatDate(l.updatedAt)}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="topics-title">
        <h2 id="topics-title">协商议题（{topics.length} 个）</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">议题</th>
                <th scope="col">状态</th>
                <th scope="col">征集时间</th>
                <th scope="col">已公开</th>
                <th scope="col">待审核</th>
              </tr>
            </thead>
            <tbody>
              {topics.map((t) => (
                <tr key={t.id}>
                  <td>
                    <Link to={`/staff/participation/topics/${t.id}`}>{t.title}</Link>
                  </td>
                  <td>
                    <TopicStateBadge state={t.state} />
                  </td>
                  <td>
                    {formatDate(t.opensAt)} 至 {formatDate(t.closesAt)}
                  </td>
                  <td>{t.opinions}</td>
                  <td>{t.pending}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </section>
  );
}
