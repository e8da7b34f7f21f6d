import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { DoneNotice } from "~/components/done-notice";
import { z } from "zod";
import { getOptionalUser, requireUser } from "~/auth/auth.server";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { ExportLinks } from "~/components/export-links";
import { FollowButton, MemberMark, OpinionStateBadge, Paragraphs, SupportButton, SupportNotice, TopicStateBadge, formatDate } from "~/components/participation-ui";
import { listTopicOpinions, myTopicOpinions } from "~/models/participation/opinion-queries.server";
import { postOpinion, withdrawOpinion } from "~/models/participation/opinions.server";
import { opinionSchema } from "~/models/participation/participation-schemas";
import { followTopic, getTopicPage } from "~/models/participation/topics.server";
import styles from "~/styles/participation.css";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { paramsOf } from "~/utils/list-queries";
import { renderMarkdown } from "~/utils/markdown.server";
import { parseId } from "~/utils/params";
import { idSchema } from "~/utils/schemas";
import { defineSchema } from "~/utils/define-schema";

const MEETING = { standing_committee: "常委会会议", special_consultation: "专题协商会", other: "协商活动" } as const;

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.topic.title ?? "协商议题"} · 网络议政 · 协商` },
  ...(data ? [
    { tagName: "link", rel: "alternate", type: "application/atom+xml", title: `${data.topic.title}：公开意见（Atom）`, href: `/participation/topics/${data.topic.id}/feed.atom` },
    { tagName: "link", rel: "alternate", type: "application/rss+xml", title: `${data.topic.title}：公开意见（RSS）`, href: `/participation/topics/${data.topic.id}/feed.rss` },
  ] : []),
];

const query = /* @__PURE__ */ defineSchema(() => z.object({ sort: z.enum(["support", "time"]).catch("support"), page: z.coerce.number().int().min(1).max(10_000).catch(1) }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const id = parseId(params.topicId);
  const page = await getTopicPage(id, user);
  if (!page) throw new Response("Not Found", { status: 404 });
  const { sort, page: n } = query.parse(paramsOf(request.url));
  const [list, mine] = await Promise.all([listTopicOpinions(page.topic, user, { sort, page: n }), myTopicOpinions(id, user)]);
  const t = page.topic;
  return json({
    signedIn: !!user,
    topic: {
      id: t.id,
      title: t.title,
      state: t.state,
      html: renderMarkdown(t.description),
      opensAt: t.opensAt.toISOString(),
      closesAt: t.closesAt.toISOString(),
      meeting: t.meetingTitle || MEETING[t.meetingKind],
      meetingDate: t.meetingDate,
      organisationName: page.organisationName,
    },
    documents: page.documents,
    summaries: page.summaries,
    following: page.following,
    can: page.can,
    postRefusal: page.postRefusal,
    period: page.period,
    sort,
    list: {
      ...list,
      opinions: list.opinions.map((o) => ({ ...o, createdAt: o.createdAt.toISOString(), moderatedAt: o.moderatedAt?.toISOString() ?? null })),
    },
    mine: mine.map((o) => ({ id: o.id, body: o.body, state: o.state, reason: o.reason, mergedIntoId: o.mergedIntoId, createdAt: o.createdAt.toISOString(), canWithdraw: o.can.withdraw })),
  });
}

const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("post"), body: z.string().max(20_000, "意见不能超过 3000 个字").default("") }),
  z.object({ intent: z.literal("withdraw"), opinionId: idSchema }),
  z.object({ intent: z.literal("follow"), follow: z.enum(["0", "1"]) }),
]));

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = parseId(params.topicId);
  const form = await readForm(request);
  const parsed = parseForm(intents, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    switch (parsed.data.intent) {
      case "post": {
        const body = opinionSchema.safeParse({ body: parsed.data.body });
        if (!body.success) return formFailure({ ok: false, errors: { body: body.error.issues[0].message }, values: { body: parsed.data.body } });
        await postOpinion(user, id, body.data, { ip: (context as { ip?: string } | undefined)?.ip });
        return redirect(`/participation/topics/${id}?done=posted#my-opinions`);
      }
      case "withdraw":
        await withdrawOpinion(user, parsed.data.opinionId);
        return redirect(`/participation/topics/${id}?done=withdrawn#my-opinions`);
      case "follow":
        await followTopic(user, id, parsed.data.follow === "1");
        return redirect(`/participation/topics/${id}?done=${parsed.data.follow === "1" ? "followed" : "unfollowed"}`);
    }
  } catch (error) {
    return domainFailure(error, form);
  }
}

const DONE: Record<string, string> = {
  posted: "意见已提交。经工作人员审核后公开，在此之前只有您能看到；审核前您可以撤回。",
  withdrawn: "意见已撤回。",
  followed: "已关注本议题：征集结束和形成报告时会通知您。",
  unfollowed: "已取消关注。",
};

export default function TopicPage() {
  const data = useLoaderData<typeof loader>();
  const { topic, list, mine, can, sort } = data;
  const state = useActionData<typeof action>();
  const pageLink = (p: number) => `/participation/topics/${topic.id}?sort=${sort}${p > 1 ? `&page=${p}` : ""}`;
  return (
    <article aria-labelledby="t-title">
      <p>
        <Link to="/participation">网络议政</Link>
      </p>
      <h1 id="t-title">
        {topic.title} <TopicStateBadge state={topic.state} />
      </h1>
      <DoneNotice messages={DONE} failed={state} />
      <SupportNotice />
      <dl className="topic-facts">
        <dt>征集时间</dt>
        <dd>
          {formatDate(topic.opensAt)} 至 {formatDate(topic.closesAt)}（北京时间）
          {data.period === "upcoming" ? "，尚未开始" : data.period === "ended" ? "，已截止" : ""}
        </dd>
        <dt>服务会议</dt>
        <dd>
          {topic.meeting}
          {topic.meetingDate ? `（${topic.meetingDate}）` : ""}
        </dd>
        {topic.organisationName ? (
          <>
            <dt>组织单位</dt>
            <dd>{topic.organisationName}</dd>
          </>
        ) : null}
        <dt>已公开意见</dt>
        <dd>{list.total} 条</dd>
      </dl>
      <div className="prose" dangerouslySetInnerHTML={{ __html: topic.html }} />
      <DocumentList id="bg-title" title="背景材料" documents={data.documents} />
      <DocumentList id="sum-title" title="汇总报告" documents={data.summaries} />
      <p className="button-row">
        {can.follow ? <FollowButton following={data.following} label="关注本议题" /> : null}
        {can.edit ? (
          <Link className="button secondary" to={`/staff/participation/topics/${topic.id}`}>
            管理本议题
          </Link>
        ) : null}
      </p>
      <p className="feed-links">
        订阅本议题的公开意见：<a href={`/participation/topics/${topic.id}/feed.atom`}>Atom</a> <a href={`/participation/topics/${topic.id}/feed.rss`}>RSS</a>
      </p>

      <section aria-labelledby="post-title" className="post-box" id="post">
        <h2 id="post-title">发表意见</h2>
        {can.post_opinion ? (
          <Form method="post" noValidate>
            <FormError state={state} />
            <Field name="body" label="您的意见" state={state} hint="请写明具体的问题和建议，10 至 3000 字；空一行分段。经审核后公开。">
              <textarea {...inputProps("body", state, true)} rows={6} defaultValue={valueOf(state, "body")} required />
            </Field>
            <button type="submit" name="intent" value="post" className="primary">
              提交意见
            </button>
          </Form>
        ) : !data.signedIn && topic.state === "open" && data.period === "running" ? (
          <p>
            <Link to={`/login?redirectTo=${encodeURIComponent(`/participation/topics/${topic.id}#post`)}`}>登录</Link>后即可发表意见；没有账号可以
            <Link to="/register">注册</Link>。
          </p>
        ) : (
          <p>{data.postRefusal}</p>
        )}
      </section>

      {mine.length ? (
        <section aria-labelledby="mine-title" id="my-opinions">
          <h2 id="mine-title">我的意见（仅您可见）</h2>
          <FormError state={state} />
          <ul className="opinion-list">
            {mine.map((o) => (
              <li key={o.id} className="opinion">
                <p className="opinion-meta">
                  <OpinionStateBadge state={o.state} /> 提交于 {formatDate(o.createdAt)}
                  {o.reason ? <span>理由：{o.reason}</span> : null}
                  {o.mergedIntoId ? <Link to={`/participation/opinions/${o.mergedIntoId}`}>查看合并后的意见</Link> : null}
                </p>
                <Paragraphs text={o.body} />
                {o.canWithdraw ? (
                  <Form method="post">
                    <input type="hidden" name="opinionId" value={o.id} />
                    <button type="submit" name="intent" value="withdraw" className="secondary">
                      撤回
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="list-title">
        <h2 id="list-title">公开的意见（{list.total} 条）</h2>
        <nav aria-label="排序" className="sort-links">
          排序：
          <Link to={`/participation/topics/${topic.id}?sort=support`} aria-current={sort === "support"}>
            最受关注
          </Link>{" "}
          ·{" "}
          <Link to={`/participation/topics/${topic.id}?sort=time`} aria-current={sort === "time"}>
            最新发表
          </Link>
        </nav>
        <ExportLinks list="topic-opinions" params={{ topic: String(topic.id) }} keepFilters={false} label="导出公开的意见" />
        {list.opinions.length ? (
          <ol className="opinion-list">
            {list.opinions.map((o) => (
              <li key={o.id} className="opinion" id={`opinion-${o.id}`}>
                <p className="opinion-meta">
                  <strong>{o.authorName}</strong> <MemberMark asMember={o.asMember} /> <span>{formatDate(o.createdAt)}</span>
                  {o.merged ? <span>另有 {o.merged} 条相同意见已合并</span> : null}
                  <Link to={`/participation/opinions/${o.id}`}>链接</Link>
                </p>
                <Paragraphs text={o.body} />
                <SupportButton support={{ subject: "opinion", id: o.id, count: o.supports, supported: o.supported, signedIn: data.signedIn }} allowed={o.can.support} />
              </li>
            ))}
          </ol>
        ) : (
          <p>暂无公开的意见。</p>
        )}
        {list.pages > 1 ? (
          <nav className="pagination" aria-label="分页">
            {list.page > 1 ? <Link to={pageLink(list.page - 1)}>上一页</Link> : null}
            <span>
              第 {list.page} / {list.pages} 页
            </span>
            {list.page < list.pages ? <Link to={pageLink(list.page + 1)}>下一页</Link> : null}
          </nav>
        ) : null}
      </section>
    </article>
  );
}

/** The topic's background documents, or the summary reports made from its opinions. */
function DocumentList({ id, title, documents }: { id: string; title: string; documents: { slug: string; title: string }[] }) {
  if (!documents.length) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {documents.map((d) => (
          <li key={d.slug}>
            <Link to={`/documents/${d.slug}`}>{d.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
