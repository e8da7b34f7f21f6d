import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { EventsTable } from "~/components/events-table";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { SessionFields, SessionStatusBadge } from "~/components/studio-ui";
import { recentEventsFor } from "~/models/dashboard.server";
import { addOpinion, getSession, listOpinions, transitionSession, updateMinutes, updateSession } from "~/models/studio-sessions.server";
import { listSignups, markAttendance } from "~/models/session-signups.server";
import studiosCss from "~/styles/studios.css";
import { formatBeijing, formatBeijingRange, toBeijingLocal } from "~/utils/beijing-time";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import { requireStudioOrganiser } from "~/utils/studio-access.server";
import { SESSION_AUDIENCE_LABELS } from "~/utils/studio-labels";
import { opinionSchema, sessionUpdateSchema } from "~/utils/studio-schemas";
import { idSchema } from "~/utils/schemas";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: studiosCss }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.session.topic ?? "活动"} · 活动管理 · 协商` }];

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const { user, studio } = await requireStudioOrganiser(request, params.slug);
  const session = await getSession(parseId(params.sessionId));
  if (!session || session.studioId !== studio.id) throw new Response("Not Found", { status: 404 });
  return { user, studio, session };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { studio, session: s } = await load(request, params);
  const [signups, opinions, events] = await Promise.all([listSignups(s.id), listOpinions(s.id), recentEventsFor("studio_session", s.id, 50)]);
  return json({
    studio: { slug: studio.slug, name: studio.name },
    session: {
      id: s.id,
      topic: s.topic,
      status: s.status,
      version: s.version,
      when: formatBeijingRange(s.startsAt, s.endsAt),
      started: s.startsAt.getTime() <= Date.now(),
      capacity: s.capacity,
      audience: s.audience,
      minutes: s.minutes,
      cancelReason: s.cancelReason,
    },
    defaults: {
      topic: s.topic,
      description: s.description,
      startsAt: toBeijingLocal(s.startsAt),
      endsAt: toBeijingLocal(s.endsAt),
      place: s.place,
      capacity: String(s.capacity),
      reservedForMembers: String(s.reservedForMembers),
      audience: s.audience,
      signupOpensAt: s.signupOpensAt ? toBeijingLocal(s.signupOpensAt) : "",
      signupClosesAt: s.signupClosesAt ? toBeijingLocal(s.signupClosesAt) : "",
    },
    signups: signups.map((r) => ({
      id: r.id,
      displayName: r.displayName,
      username: r.username,
      asMember: r.asMember,
      organisationName: r.organisationName,
      status: r.status,
      position: r.position,
      attended: r.attended,
      createdAt: formatBeijing(r.createdAt),
    })),
    opinions: opinions.map((o) => ({ id: o.id, title: o.title, body: o.body, raisedBy: o.raisedBy, proposalId: o.proposalId })),
    events,
  });
}

const intents = z.discriminatedUnion("intent", [
  sessionUpdateSchema.extend({ intent: z.literal("update") }),
  z.object({ intent: z.literal("publish") }),
  z.object({ intent: z.literal("close") }),
  z.object({ intent: z.literal("reopen") }),
  z.object({ intent: z.literal("cancel"), reason: z.string().trim().max(500, "不能超过 500 个字符").optional().default("") }),
  z.object({ intent: z.literal("hold"), minutes: z.string().max(20_000, "纪要过长").optional().default("") }),
  z.object({ intent: z.literal("minutes"), minutes: z.string().max(20_000, "纪要过长").optional().default("") }),
  z.object({ intent: z.literal("attendance"), attended: z.array(idSchema).default([]) }),
  opinionSchema.extend({ intent: z.literal("opinion") }),
]);

const DONE: Record<string, string> = {
  update: "已保存。",
  publish: "已发布，现在可以报名。",
  close: "已截止报名。",
  reopen: "已重新开放报名。",
  cancel: "活动已取消，已通知所有报名者。",
  hold: "已记录为已举行。",
  minutes: "纪要已更新。",
  attendance: "出席情况已保存。",
  opinion: "已登记社情民意。",
};

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, studio, session } = await load(request, params);
  const form = await readForm(request);
  const parsed = parseForm(intents, form, ["attended"]);
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
  try {
    switch (input.intent) {
      case "update": {
        const { intent: _i, ...fields } = input;
        await updateSession(session.id, fields, user);
        break;
      }
      case "publish":
      case "close":
      case "reopen":
        await transitionSession(session.id, input.intent, user);
        break;
      case "cancel":
        await transitionSession(session.id, "cancel", user, { reason: input.reason });
        break;
      case "hold":
        await transitionSession(session.id, "hold", user, { minutes: input.minutes });
        break;
      case "minutes":
        await updateMinutes(session.id, input.minutes, user);
        break;
      case "attendance":
        await markAttendance(session.id, input.attended, user);
        break;
      case "opinion":
        await addOpinion(session.id, input, user);
        break;
    }
    return redirect(`/studios/${studio.slug}/manage/sessions/${session.id}?done=${input.intent}`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function ManageSession() {
  const { studio, session, defaults, signups, opinions, events } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const stateFor = (intent: string) => (state?.values?.intent === intent ? state : undefined);
  const done = params.get("created") ? "已保存为草稿。检查无误后请发布。" : DONE[params.get("done") ?? ""];
  const editable = session.status !== "held" && session.status !== "cancelled";
  const confirmed = signups.filter((s) => s.status === "confirmed");
  const exportBase = `/studios/${studio.slug}/manage/sessions/${session.id}/signups`;
  return (
    <section aria-labelledby="ms-title">
      <p>
        <Link to={`/studios/${studio.slug}/manage`}>管理：{studio.name}</Link>
      </p>
      <h1 id="ms-title">
        {session.topic} <SessionStatusBadge status={session.status} />
      </h1>
      <p>
        {session.when}（北京时间） · {SESSION_AUDIENCE_LABELS[session.audience]} ·{" "}
        {session.status !== "draft" ? <Link to={`/sessions/${session.id}`}>查看公开页面</Link> : "草稿仅工作人员和召集人可见"}
      </p>
      {done ? (
        <p className="notice ok" role="status">
          {done}
        </p>
      ) : null}
      <FormError state={state} />

      <h2>活动状态</h2>
      <div className="button-row">
        {session.status === "draft" ? (
          <Form method="post">
            <button type="submit" name="intent" value="publish" className="primary">
              发布
            </button>
          </Form>
        ) : null}
        {session.status === "published" ? (
          <Form method="post">
            <button type="submit" name="intent" value="close" className="secondary">
              截止报名
            </button>
          </Form>
        ) : null}
        {session.status === "closed" ? (
          <Form method="post">
            <button type="submit" name="intent" value="reopen" className="secondary">
              重新开放报名
            </button>
          </Form>
        ) : null}
      </div>
      {session.status === "cancelled" ? <p>已取消。原因：{session.cancelReason}</p> : null}
      {(session.status === "published" || session.status === "closed") && session.started ? (
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="hold" />
          <Field name="minutes" label="活动纪要（记录后活动成为“已举行”）" state={stateFor("hold")}>
            <textarea rows={6} defaultValue={valueOf(stateFor("hold"), "minutes")} {...inputProps("minutes", stateFor("hold"))} />
          </Field>
          <div className="actions">
            <button type="submit" className="primary">
              记录为已举行
            </button>
          </div>
        </Form>
      ) : null}
      {session.status === "held" ? (
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="minutes" />
          <Field name="minutes" label="活动纪要" state={stateFor("minutes")}>
            <textarea rows={6} defaultValue={valueOf(stateFor("minutes"), "minutes", session.minutes)} {...inputProps("minutes", stateFor("minutes"))} />
          </Field>
          <div className="actions">
            <button type="submit" className="secondary">
              更新纪要
            </button>
          </div>
        </Form>
      ) : null}

      <h2>
        报名名单（确认 {confirmed.length} / 名额 {session.capacity}，候补 {signups.filter((s) => s.status === "waitlisted").length}）
      </h2>
      <p className="button-row">
        <a className="button secondary" href={`${exportBase}.csv`} download>
          导出 CSV
        </a>
        <a className="button secondary" href={`${exportBase}.xlsx`} download>
          导出 Excel（XLSX）
        </a>
      </p>
      <Form method="post">
        <input type="hidden" name="intent" value="attendance" />
        <div className="table-scroll">
          <table>
            <caption>报名者（已确认在前，候补按顺序）</caption>
            <thead>
              <tr>
                <th scope="col">姓名</th>
                <th scope="col">身份</th>
                <th scope="col">状态</th>
                <th scope="col">报名时间</th>
                <th scope="col">出席</th>
              </tr>
            </thead>
            <tbody>
              {signups.map((s) => (
                <tr key={s.id}>
                  <td>
                    {s.displayName}（{s.username}）
                  </td>
                  <td>
                    {s.asMember ? "政协委员" : "公众"}
                    {s.organisationName ? ` · ${s.organisationName}` : ""}
                  </td>
                  <td>{s.status === "confirmed" ? "已确认" : s.status === "waitlisted" ? `候补第 ${s.position} 位` : "已取消"}</td>
                  <td>{s.createdAt}</td>
                  <td>
                    {s.status === "confirmed" ? (
                      <label>
                        <input type="checkbox" name="attended" value={s.id} defaultChecked={!!s.attended} disabled={!session.started} />{" "}
                        {s.attended == null ? "未登记" : s.attended ? "出席" : "缺席"}
                      </label>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {session.started && confirmed.length && session.status !== "cancelled" ? (
          <div className="actions">
            <button type="submit" className="secondary">
              保存出席情况
            </button>
          </div>
        ) : (
          <p className="muted-text">活动开始后可登记出席。</p>
        )}
      </Form>

      {session.status === "held" ? (
        <>
          <h2>社情民意（{opinions.length}）</h2>
          <p className="muted-text">委员可在活动公开页面把其中一条“转为我的提案草稿”，提案与意见互相链接。</p>
          {opinions.length ? (
            <ol>
              {opinions.map((o) => (
                <li key={o.id}>
                  <strong>{o.title}</strong>
                  {o.raisedBy ? `（${o.raisedBy}）` : ""}
                  {o.proposalId ? " · 已转为提案草稿" : ""}
                  <p className="doc-text">{o.body}</p>
                </li>
              ))}
            </ol>
          ) : null}
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="opinion" />
            <Field name="title" label="标题" state={stateFor("opinion")}>
              <input type="text" defaultValue={valueOf(stateFor("opinion"), "title")} {...inputProps("title", stateFor("opinion"))} />
            </Field>
            <Field name="raisedBy" label="反映人（选填）" state={stateFor("opinion")}>
              <input type="text" defaultValue={valueOf(stateFor("opinion"), "raisedBy")} {...inputProps("raisedBy", stateFor("opinion"))} />
            </Field>
            <Field name="body" label="内容" state={stateFor("opinion")}>
              <textarea rows={4} defaultValue={valueOf(stateFor("opinion"), "body")} {...inputProps("body", stateFor("opinion"))} />
            </Field>
            <div className="actions">
              <button type="submit" className="secondary">
                登记社情民意
              </button>
            </div>
          </Form>
        </>
      ) : null}

      {editable ? (
        <>
          <h2>修改活动</h2>
          <p className="muted-text">已发布的活动改了时间或地点，所有报名者会收到通知，日历订阅也会更新。</p>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="version" value={session.version} />
            <SessionFields state={stateFor("update")} defaults={defaults} />
            <div className="actions">
              <button type="submit" className="primary">
                保存修改
              </button>
            </div>
          </Form>
          <h2>取消活动</h2>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="cancel" />
            <Field name="reason" label="取消原因（将通知所有报名者）" state={stateFor("cancel")}>
              <input type="text" defaultValue={valueOf(stateFor("cancel"), "reason")} {...inputProps("reason", stateFor("cancel"))} />
            </Field>
            <div className="actions">
              <button type="submit" className="danger">
                取消活动
              </button>
            </div>
          </Form>
        </>
      ) : null}
      <EventsTable events={events} caption="本活动的操作记录" />
    </section>
  );
}
