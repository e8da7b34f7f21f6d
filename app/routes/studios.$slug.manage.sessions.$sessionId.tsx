import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { DoneNotice } from "~/components/done-notice";
import { z } from "zod";
import { EventsTable } from "~/components/events-table";
import { ConfirmStep, type ConfirmationState } from "~/components/confirm-step";
import { FormError } from "~/components/form";
import { SessionEditForms } from "~/components/session-edit-forms";
import { SessionOpinions } from "~/components/session-opinions";
import { SessionSignupsTable } from "~/components/session-signups-table";
import { SessionStatusControls } from "~/components/session-status-controls";
import { SessionStatusBadge } from "~/components/studio-ui";
import { addOpinion, updateMinutes } from "~/models/studios/session-outcomes.server";
import { managedSessionPage } from "~/models/studios/session-manage-queries.server";
import { transitionSession } from "~/models/studios/session-transitions.server";
import { getSession, updateSession } from "~/models/studios/studio-sessions.server";
import { markAttendance } from "~/models/studios/session-signups.server";
import studiosCss from "~/styles/studios.css";
import { domainFailure, formFailure, parseForm, readForm, unconfirmed } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import { requireStudioOrganiser } from "~/models/studios/studio-access.server";
import { SESSION_AUDIENCE_LABELS } from "~/models/studios/studio-labels";
import { opinionSchema, sessionUpdateSchema } from "~/models/studios/studio-schemas";
import { idSchema } from "~/utils/schemas";
import { notFound } from "~/utils/responses";
import { defineSchema } from "~/utils/define-schema";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: studiosCss }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.session.topic ?? "活动"} · 活动管理 · 协商` }];

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const { user, studio } = await requireStudioOrganiser(request, params.slug);
  const session = await getSession(parseId(params.sessionId));
  if (!session || session.studioId !== studio.id) throw notFound();
  return { user, studio, session };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, studio, session } = await load(request, params);
  return json(await managedSessionPage(studio, session, user));
}

const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  sessionUpdateSchema.extend({ intent: z.literal("update") }),
  z.object({ intent: z.literal("publish") }),
  z.object({ intent: z.literal("close") }),
  z.object({ intent: z.literal("reopen") }),
  z.object({ intent: z.literal("cancel"), reason: z.string().trim().max(500, "不能超过 500 个字符").optional().default("") }),
  z.object({ intent: z.literal("hold"), minutes: z.string().max(20_000, "纪要过长").optional().default("") }),
  z.object({ intent: z.literal("minutes"), minutes: z.string().max(20_000, "纪要过长").optional().default("") }),
  z.object({ intent: z.literal("attendance"), attended: z.array(idSchema).default([]) }),
  opinionSchema.extend({ intent: z.literal("opinion") }),
]));

const DONE: Record<string, string> = {
  created: "已保存为草稿。检查无误后请发布。",
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
  if (input.intent === "cancel") {
    const ask = unconfirmed(form, {
      question: `确定取消“${session.topic}”吗？`,
      detail: "所有报名者会收到取消通知，活动从公开日历中撤下；取消后不能恢复。",
      confirm: "确认取消活动",
      cancel: "不取消，返回",
    });
    if (ask) return ask;
  }
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
  const { studio, session, can, defaults, signups, opinions, events } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
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
      <DoneNotice messages={DONE} failed={state} />
      <FormError state={state} />
      <ConfirmStep state={state as ConfirmationState | undefined} />

      <SessionStatusControls session={session} can={can} state={state} />

      <SessionSignupsTable signups={signups} session={session} can={can} exportBase={`/studios/${studio.slug}/manage/sessions/${session.id}/signups`} />

      {can.opinion ? <SessionOpinions opinions={opinions} state={state} /> : null}

      {can.edit || can.cancel ? <SessionEditForms version={session.version} defaults={defaults} can={can} state={state} /> : null}
      <EventsTable events={events} caption="本活动的操作记录" />
    </section>
  );
}
