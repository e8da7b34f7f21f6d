import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { DoneNotice } from "~/components/done-notice";
import { z } from "zod";
import { getOptionalUser, requireUser } from "~/auth/auth.server";
import { isMember } from "~/auth/permissions";
import { ConfirmStep, type ConfirmationState } from "~/components/confirm-step";
import { FormError } from "~/components/form";
import { SessionStatusBadge } from "~/components/studio-ui";
import { convertOpinionToProposal, opinionsWithProposals } from "~/models/studios/session-opinions.server";
import { cancelSignup, mySignup, signUp, signupRights } from "~/models/studios/session-signups.server";
import { getVisibleSession, signupWindow } from "~/models/studios/studio-sessions.server";
import { placesLeft, signupCounts } from "~/models/studios/session-capacity.server";
import studiosCss from "~/styles/studios.css";
import { formatBeijing, formatBeijingRange } from "~/utils/beijing-time";
import { domainFailure, formFailure, parseForm, readForm, unconfirmed } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import { SESSION_AUDIENCE_LABELS } from "~/models/studios/studio-labels";
import { idSchema } from "~/utils/schemas";
import { notFound } from "~/utils/responses";
import { defineSchema } from "~/utils/define-schema";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: studiosCss }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.session.topic ?? "协商活动"} · 协商` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = parseId(params.sessionId);
  const user = await getOptionalUser(request);
  const found = await getVisibleSession(id, user);
  if (!found) throw notFound();
  const { session: s, studio, canManage } = found;
  const [counts, mine, opinions] = await Promise.all([
    signupCounts(id),
    user ? mySignup(id, user.id) : null,
    s.status === "held" ? opinionsWithProposals(id) : [],
  ]);
  const { opensAt, closesAt } = signupWindow(s);
  return json({
    session: {
      id: s.id,
      topic: s.topic,
      description: s.description,
      when: formatBeijingRange(s.startsAt, s.endsAt),
      place: s.place,
      capacity: s.capacity,
      reservedForMembers: s.reservedForMembers,
      audience: s.audience,
      status: s.status,
      opensAt: opensAt ? formatBeijing(opensAt) : null,
      closesAt: formatBeijing(closesAt),
      minutes: s.minutes,
      cancelReason: s.cancelReason,
    },
    studio: { slug: studio.slug, name: studio.name },
    counts,
    can: signupRights(s, user, mine?.signup ?? null),
    // What this viewer could get: the public never get the places kept for members.
    placesLeft: placesLeft(s, counts, isMember(user)),
    isMember: isMember(user),
    mine: mine && { status: mine.signup.status, position: mine.position },
    opinions: opinions.map((o) => ({
      id: o.id,
      title: o.title,
      body: o.body,
      raisedBy: o.raisedBy,
      converted: !!o.proposalId,
      convertedByName: o.convertedByName,
      // Drafts are private to their author; the public see the case once accepted.
      mine: !!user && o.convertedById === user.id && !!o.proposalId,
      proposalId: o.proposalId,
      caseNo: o.proposalCaseNo,
    })),
    canManage,
  });
}

const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("signup") }),
  z.object({ intent: z.literal("cancel") }),
  z.object({ intent: z.literal("convert"), opinionId: idSchema }),
]));

export async function action({ request, params }: ActionFunctionArgs) {
  const id = parseId(params.sessionId);
  const user = await requireUser(request);
  const form = await readForm(request);
  const parsed = parseForm(intents, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    if (parsed.data.intent === "convert") {
      const proposal = await convertOpinionToProposal(parsed.data.opinionId, user);
      return redirect(`/member/proposals/${proposal.id}`);
    }
    if (parsed.data.intent === "signup") {
      const { signup } = await signUp(id, user);
      return redirect(`/sessions/${id}?done=${signup.status}`);
    }
    const ask = unconfirmed(form, {
      question: "确定取消报名吗？",
      detail: "取消后名额将让给候补的人；再报名时如名额已满，只能排在候补名单最后。",
      confirm: "确认取消报名",
      cancel: "不取消，返回",
    });
    if (ask) return ask;
    await cancelSignup(id, user);
    return redirect(`/sessions/${id}?done=cancelled`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

const DONE: Record<string, string> = {
  confirmed: "报名成功，名额已确认。",
  waitlisted: "名额已满，您已进入候补名单；有人取消时将按顺序递补，并通知您。",
  cancelled: "已取消报名。",
};

export default function SessionPage() {
  const { session, studio, counts, can, placesLeft, isMember, mine, opinions, canManage } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const full = placesLeft === 0;
  const reserved = session.reservedForMembers;
  return (
    <article aria-labelledby="session-title">
      <p>
        <Link to={`/studios/${studio.slug}`}>{studio.name}</Link>
      </p>
      <h1 id="session-title">
        {session.topic} <SessionStatusBadge status={session.status} />
      </h1>
      {canManage ? (
        <p className="button-row">
          <Link className="button secondary" to={`/studios/${studio.slug}/manage/sessions/${session.id}`}>
            管理本活动
          </Link>
        </p>
      ) : null}
      <DoneNotice messages={DONE} failed={state} />
      <FormError state={state} />
      <ConfirmStep state={state as ConfirmationState | undefined} />
      <dl className="facts">
        <dt>时间</dt>
        <dd>{session.when}（北京时间）</dd>
        <dt>地点</dt>
        <dd>{session.place}</dd>
        <dt>报名范围</dt>
        <dd>{SESSION_AUDIENCE_LABELS[session.audience]}</dd>
        <dt>名额</dt>
        <dd>
          {session.capacity} 人{session.reservedForMembers ? `（其中 ${session.reservedForMembers} 个为委员预留）` : ""}；已确认 {counts.confirmed} 人
          {counts.waitlisted ? `，候补 ${counts.waitlisted} 人` : ""}
        </dd>
        {can.signups ? (
          <>
            <dt>报名时间</dt>
            <dd>
              {session.opensAt ? `${session.opensAt} 起，` : ""}
              {session.closesAt} 截止
            </dd>
          </>
        ) : null}
      </dl>
      {session.description ? <p className="doc-text">{session.description}</p> : null}

      {session.status === "cancelled" ? (
        <p className="notice" role="status">
          本次活动已取消。{session.cancelReason ? `原因：${session.cancelReason}` : ""}
        </p>
      ) : null}

      {can.signups ? (
        <section className="signup-box" aria-labelledby="signup-title">
          <h2 id="signup-title">报名</h2>
          {mine ? (
            <>
              <p className="status" data-testid="my-signup">
                {mine.status === "confirmed" ? "您已报名，名额已确认。" : `您在候补名单第 ${mine.position} 位。`}
              </p>
              {can.cancel ? (
                <Form method="post">
                  <button type="submit" name="intent" value="cancel" className="secondary">
                    取消报名
                  </button>
                </Form>
              ) : null}
            </>
          ) : can.blocked === "not_yet" ? (
            <p>报名将于 {session.opensAt} 开始。</p>
          ) : can.blocked === "closed" ? (
            <p>报名已截止。</p>
          ) : can.blocked === "members_only" ? (
            <p>本次活动仅限政协委员报名。</p>
          ) : can.blocked === "sign_in" ? (
            <p>
              <Link to={`/login?redirectTo=${encodeURIComponent(`/sessions/${session.id}`)}`}>登录</Link>后即可一键报名；没有账号可以
              <Link to="/register">注册</Link>。
            </p>
          ) : can.signUp ? (
            <>
              <p>
                {full
                  ? `${isMember || !reserved ? "名额已满" : "公众名额已满"}，报名后进入候补名单，有人取消时按顺序递补。`
                  : isMember
                    ? `还剩 ${placesLeft} 个名额${reserved ? `（本场为委员预留 ${reserved} 个）` : ""}。`
                    : reserved
                      ? `还剩 ${placesLeft} 个公众名额（另有 ${reserved} 个为委员预留）。`
                      : `还剩 ${placesLeft} 个名额。`}
              </p>
              <Form method="post">
                <button type="submit" name="intent" value="signup" className="primary">
                  {full ? "报名候补" : "报名参加"}
                </button>
              </Form>
            </>
          ) : null}
        </section>
      ) : null}

      <p>
        <a href={`/sessions/${session.id}.ics`} download>
          加入日历（.ics）
        </a>
      </p>

      {session.status === "held" ? (
        <>
          <h2>活动纪要</h2>
          <p className="minutes doc-text">{session.minutes}</p>
          <h2>社情民意（{opinions.length}）</h2>
          {opinions.length ? (
            <ol>
              {opinions.map((o) => (
                <li key={o.id} id={`opinion-${o.id}`}>
                  <strong>{o.title}</strong>
                  {o.raisedBy ? <span className="muted-text">（{o.raisedBy}）</span> : null}
                  <p className="doc-text">{o.body}</p>
                  {o.converted ? (
                    <p className="muted-text">
                      已由{o.convertedByName}转为提案
                      {o.caseNo ? (
                        <>
                          ，案号 <Link to={`/proposals/${o.caseNo}`}>{o.caseNo}</Link>
                        </>
                      ) : o.mine ? (
                        <>
                          草稿：<Link to={`/member/proposals/${o.proposalId}`}>打开我的提案草稿</Link>
                        </>
                      ) : (
                        "草稿"
                      )}
                      。
                    </p>
                  ) : isMember ? (
                    <Form method="post">
                      <input type="hidden" name="opinionId" value={o.id} />
                      <button type="submit" name="intent" value="convert" className="secondary">
                        转为我的提案草稿
                      </button>
                    </Form>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted-text">未登记社情民意。</p>
          )}
        </>
      ) : null}
    </article>
  );
}
