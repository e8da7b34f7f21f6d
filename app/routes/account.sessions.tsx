import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireUser } from "~/auth/auth.server";
import { isMember } from "~/auth/permissions";
import { ConfirmStep, type ConfirmationState } from "~/components/confirm-step";
import { SessionStatusBadge } from "~/components/studio-ui";
import { readForm, unconfirmed } from "~/utils/forms.server";
import { calendarTokenFor } from "~/models/studios/session-feeds.server";
import { signupsOfUser } from "~/models/studios/session-signups.server";
import studiosCss from "~/styles/studios.css";
import { formatBeijingRange } from "~/utils/beijing-time";
import { publicOrigin } from "~/utils/public-origin.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: studiosCss }];
export const meta: MetaFunction = () => [{ title: "我的活动报名 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [signups, token] = await Promise.all([signupsOfUser(user.id), calendarTokenFor(user.id)]);
  return json({
    isMember: isMember(user),
    feedUrl: `${publicOrigin(request)}/calendar/${token}.ics`,
    signups: signups.map((s) => ({
      id: s.signupId,
      sessionId: s.session.id,
      topic: s.session.topic,
      sessionStatus: s.session.status,
      when: formatBeijingRange(s.session.startsAt, s.session.endsAt),
      place: s.session.place,
      studioName: s.studioName,
      studioSlug: s.studioSlug,
      status: s.status,
      position: s.position,
    })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const ask = unconfirmed(await readForm(request), {
    question: "确定重新生成订阅地址吗？",
    detail: "旧地址会立即失效，已用旧地址订阅的日历不再更新，需要用新地址重新订阅。",
    confirm: "确认重新生成",
    cancel: "不重新生成，返回",
  });
  if (ask) return ask;
  await calendarTokenFor(user.id, true);
  return redirect("/account/sessions?renewed=1");
}

export default function MySessions() {
  const { signups, feedUrl, isMember } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="my-sessions-title">
      <p>
        <Link to="/account">我的账号</Link>
      </p>
      <h1 id="my-sessions-title">我的活动报名</h1>
      {params.get("renewed") ? <p className="notice ok">已生成新的订阅地址，旧地址不再可用。</p> : null}
      {signups.length ? (
        <div className="table-scroll">
          <table>
            <caption>我报名的协商活动（北京时间）</caption>
            <thead>
              <tr>
                <th scope="col">活动</th>
                <th scope="col">时间</th>
                <th scope="col">工作室</th>
                <th scope="col">我的报名</th>
              </tr>
            </thead>
            <tbody>
              {signups.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`/sessions/${s.sessionId}`}>{s.topic}</Link> <SessionStatusBadge status={s.sessionStatus} />
                  </td>
                  <td>{s.when}</td>
                  <td>
                    <Link to={`/studios/${s.studioSlug}`}>{s.studioName}</Link>
                  </td>
                  <td>{s.status === "confirmed" ? "已确认" : `候补第 ${s.position} 位`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>
          您还没有报名活动。去<Link to="/sessions">近期协商活动</Link>看看。
        </p>
      )}
      <h2>订阅我的日历</h2>
      <p>
        把下面的地址添加到手机或电脑日历（“订阅日历”“从 URL 添加”），报名的活动{isMember ? "和接待日值班" : ""}
        会自动出现在日历里，时间、地点变更或活动取消也会同步。请勿把地址告诉他人。
      </p>
      <p className="feed-url">{feedUrl}</p>
      <ConfirmStep state={state as ConfirmationState | undefined} />
      <Form method="post">
        <button type="submit" className="secondary">
          重新生成订阅地址
        </button>
      </Form>
    </section>
  );
}
