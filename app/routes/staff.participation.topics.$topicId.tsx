import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { DoneNotice } from "~/components/done-notice";
import { z } from "zod";
import { requireStaff } from "~/auth/auth.server";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { MemberMark, TopicStateBadge, formatDate } from "~/components/participation-ui";
import { TopicFields } from "~/components/topic-fields";
import { affiliationOptions } from "~/models/directory/options.server";
import { approvedOpinions, opinionStateCounts } from "~/models/participation/opinion-queries.server";
import { OPINION_STATE_LABELS } from "~/models/participation/participation-rules";
import { topicSchema } from "~/models/participation/participation-schemas";
import { startSummaryDraft, topicSummaryDrafts } from "~/models/participation/summaries.server";
import { closeTopic, getTopicPage, publishTopic, reopenTopic, topicDocumentSlugs, updateTopic } from "~/models/participation/topics.server";
import styles from "~/styles/participation.css";
import { parseBeijingLocal, toBeijingLocal } from "~/utils/beijing-time";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import { idSchema, versionSchema } from "~/utils/schemas";
import { defineSchema } from "~/utils/define-schema";

// Managing one topic: edit, publish, close or reopen it (as TOPIC_RULES
// allows), export its opinions, and start a summary draft from chosen ones.
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.topic.title ?? "协商议题"} · 管理 · 协商` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const id = parseId(params.topicId);
  const page = await getTopicPage(id, user);
  if (!page) throw new Response("Not Found", { status: 404 });
  const [counts, opinions, summaries, slugs, { organisations }] = await Promise.all([
    opinionStateCounts(id),
    approvedOpinions(id),
    topicSummaryDrafts(id),
    topicDocumentSlugs(id),
    affiliationOptions(),
  ]);
  const t = page.topic;
  return json({
    topic: { id: t.id, title: t.title, state: t.state, version: t.version, closesAt: t.closesAt.toISOString() },
    defaults: {
      title: t.title,
      description: t.description,
      opensAt: toBeijingLocal(t.opensAt),
      closesAt: toBeijingLocal(t.closesAt),
      meetingKind: t.meetingKind,
      meetingTitle: t.meetingTitle,
      meetingDate: t.meetingDate ?? "",
      organisationId: t.organisationId ? String(t.organisationId) : "",
      documents: slugs.join("\n"),
    },
    can: page.can,
    counts,
    opinions: opinions.map((o) => ({ id: o.id, body: o.body, authorName: o.authorName, asMember: o.asMember, supports: o.supports })),
    summaries: summaries.map((s) => ({ ...s, createdAt: s.createdAt.toISOString(), opinions: s.opinions.length })),
    organisations,
    reopenDefault: toBeijingLocal(new Date(Date.now() + 7 * 86_400_000)),
  });
}

const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("publish") }),
  z.object({ intent: z.literal("close") }),
  z.object({ intent: z.literal("reopen"), newClosesAt: z.string().max(40).default("") }),
  z.object({ intent: z.literal("summarise"), opinionIds: z.array(idSchema).max(99, "一次最多选择 99 条") }),
  z.object({ intent: z.literal("save") }).passthrough(),
]));

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const id = parseId(params.topicId);
  const form = await readForm(request);
  const parsed = parseForm(intents, form, ["opinionIds"]);
  if (!parsed.ok) return formFailure(parsed);
  const done = (what: string) => redirect(`/staff/participation/topics/${id}?done=${what}`);
  try {
    switch (parsed.data.intent) {
      case "publish":
        await publishTopic(user, id);
        return done("published");
      case "close":
        await closeTopic(user, id);
        return done("closed");
      case "reopen": {
        const closesAt = parseBeijingLocal(parsed.data.newClosesAt);
        if (!closesAt) return formFailure({ ok: false, errors: { newClosesAt: "请填写新的截止时间，如 2026-12-20T18:00" }, values: { newClosesAt: parsed.data.newClosesAt } });
        await reopenTopic(user, id, closesAt);
        return done("reopened");
      }
      case "summarise": {
        const draftId = await startSummaryDraft(user, id, parsed.data.opinionIds);
        return redirect(`/staff/drafts/${draftId}`);
      }
      case "save": {
        const fields = parseForm(topicSchema.and(z.object({ version: versionSchema })), form);
        if (!fields.ok) return formFailure(fields);
        await updateTopic(user, id, fields.data);
        return done("saved");
      }
    }
  } catch (error) {
    return domainFailure(error, form);
  }
}

const DONE: Record<string, string> = {
  created: "议题已保存为草稿。",
  saved: "已保存。",
  published: "议题已发布，按征集时间接受意见。",
  closed: "已结束征集，关注者已收到通知。",
  reopened: "已重新开放征集。",
};

export default function ManageTopic() {
  const data = useLoaderData<typeof loader>();
  const { topic, can, counts, opinions } = data;
  const state = useActionData<typeof action>();
  return (
    <article aria-labelledby="mt-title">
      <p>
        <Link to="/staff/participation">网络议政</Link> › <Link to={`/participation/topics/${topic.id}`}>公众页面</Link>
      </p>
      <h1 id="mt-title">
        {topic.title} <TopicStateBadge state={topic.state} />
      </h1>
      <DoneNotice messages={DONE} failed={state} />
      <FormError state={state} />
      <p>
        意见：
        {Object.entries(counts)
          .map(([s, n]) => `${OPINION_STATE_LABELS[s as keyof typeof OPINION_STATE_LABELS]} ${n} 条`)
          .join("，") || "暂无"}
        。待审核的意见在 <Link to="/staff/participation#queue">审核队列</Link>。
      </p>
      <div className="button-row">
        {can.publish ? (
          <Form method="post" className="inline-form">
            <button type="submit" name="intent" value="publish" className="primary">
              发布议题
            </button>
          </Form>
        ) : null}
        {can.close ? (
          <Form method="post" className="inline-form">
            <button type="submit" name="intent" value="close" className="secondary">
              结束征集
            </button>
          </Form>
        ) : null}
      </div>
      {can.reopen ? (
        <Form method="post" noValidate>
          <Field name="newClosesAt" label="新的截止时间（北京时间）" state={state}>
            <input {...inputProps("newClosesAt", state)} type="datetime-local" defaultValue={valueOf(state, "newClosesAt", data.reopenDefault)} />
          </Field>
          <button type="submit" name="intent" value="reopen" className="secondary">
            重新开放征集
          </button>
        </Form>
      ) : null}

      {can.export ? (
        <section aria-labelledby="ex-title">
          <h2 id="ex-title">导出意见</h2>
          <p className="export-links">
            全部意见及审核结果（工作人员）：
            <a href={`/staff/participation/topics/${topic.id}/opinions.csv`} download>
              下载 CSV
            </a>{" "}
            <a href={`/staff/participation/topics/${topic.id}/opinions.xlsx`} download>
              下载 XLSX
            </a>
            ；公开的意见：<a href={`/exports/topic-opinions.csv?topic=${topic.id}`}>CSV</a> <a href={`/exports/topic-opinions.xlsx?topic=${topic.id}`}>XLSX</a>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="sum-title">
        <h2 id="sum-title">汇总报告</h2>
        {data.summaries.length ? (
          <ul>
            {data.summaries.map((s) => (
              <li key={s.id}>
                {s.documentSlug ? <Link to={`/documents/${s.documentSlug}`}>已发布：{s.documentSlug}</Link> : <Link to={`/staff/drafts/${s.draftId}`}>草稿 #{s.draftId}</Link>}（{s.opinions} 条意见，{formatDate(s.createdAt)}
                {s.status === "discarded" ? "，已放弃" : ""}）
              </li>
            ))}
          </ul>
        ) : null}
        {can.summarise ? (
          opinions.length ? (
            <Form method="post">
              <fieldset>
                <legend>选择要写入报告的意见（按附议数排列）</legend>
                {state?.errors?.opinionIds ? <p className="field-error">{state.errors.opinionIds}</p> : null}
                {opinions.map((o) => (
                  <div className="checkbox-row" key={o.id}>
                    <input type="checkbox" name="opinionIds" value={o.id} id={`pick-${o.id}`} defaultChecked />
                    <label htmlFor={`pick-${o.id}`}>
                      第 {o.id} 号（{o.supports} 人附议，{o.authorName}
                      <MemberMark asMember={o.asMember} />）：{o.body.slice(0, 60)}
                      {o.body.length > 60 ? "……" : ""}
                    </label>
                  </div>
                ))}
              </fieldset>
              <button type="submit" name="intent" value="summarise" className="primary">
                生成汇总报告草稿
              </button>
            </Form>
          ) : (
            <p>没有已公开的意见可以汇总。</p>
          )
        ) : (
          <p>征集结束后可以从公开的意见生成汇总报告草稿。</p>
        )}
      </section>

      {can.edit ? (
        <section aria-labelledby="edit-title">
          <h2 id="edit-title">修改议题</h2>
          <Form method="post" noValidate>
            <input type="hidden" name="version" value={topic.version} />
            <TopicFields state={state} defaults={data.defaults} organisations={data.organisations} />
            <button type="submit" name="intent" value="save" className="secondary">
              保存修改
            </button>
          </Form>
        </section>
      ) : null}
    </article>
  );
}
