import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { ExportLinks } from "~/components/export-links";
import { TopicStateBadge, formatDate } from "~/components/participation-ui";
import { listPublicTopics } from "~/models/participation/topics.server";
import { TOPIC_STATE_LABELS } from "~/models/participation/participation-rules";
import styles from "~/styles/participation.css";
import { paramsOf } from "~/utils/list-queries";
import { defineSchema } from "~/utils/define-schema";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "网络议政 · 协商" }];

const query = /* @__PURE__ */ defineSchema(() => z.object({ state: z.enum(["open", "closed", "summarised"]).optional().catch(undefined) }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { state } = query.parse(paramsOf(request.url));
  const topics = await listPublicTopics({ state });
  return json({
    state: state ?? null,
    topics: topics.map((t) => ({ ...t, opensAt: t.opensAt.toISOString(), closesAt: t.closesAt.toISOString(), publishedAt: t.publishedAt?.toISOString() ?? null, updatedAt: t.updatedAt.toISOString() })),
  });
}

export default function ParticipationIndex() {
  const { state, topics } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="p-title">
      <h1 id="p-title">网络议政</h1>
      <p className="lede">
        政协围绕协商议题公开征集意见，经审核后公开；您可以发表意见、附议他人的意见，也可以向政协委员提供提案线索。
      </p>
      <p className="button-row">
        <Link className="button" to="/participation/leads/new">
          提供提案线索
        </Link>{" "}
        <Link to="/participation/leads">已公开的提案线索</Link> · <Link to="/participation/popular">最受关注</Link>
      </p>
      <div className="list-header">
        <p className="count">共 {topics.length} 个协商议题</p>
        <nav aria-label="议题状态" className="sort-links">
          <Link to="/participation" aria-current={state === null}>
            全部
          </Link>{" "}
          {(["open", "closed", "summarised"] as const).map((s) => (
            <span key={s}>
              <Link to={`/participation?state=${s}`} aria-current={state === s}>
                {TOPIC_STATE_LABELS[s]}
              </Link>{" "}
            </span>
          ))}
        </nav>
      </div>
      <ExportLinks list="topics" />
      {topics.length ? (
        <ul className="doc-list">
          {topics.map((t) => (
            <li key={t.id}>
              <h2>
                <Link to={`/participation/topics/${t.id}`}>{t.title}</Link> <TopicStateBadge state={t.state} />
              </h2>
              <p className="doc-meta">
                征集时间 {formatDate(t.opensAt)} 至 {formatDate(t.closesAt)}（北京时间） · 已公开意见 {t.opinions} 条
                {t.meetingTitle ? ` · 服务于${t.meetingTitle}${t.meetingDate ? `（${t.meetingDate}）` : ""}` : ""}
                {t.organisationName ? ` · ${t.organisationName}` : ""}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>暂无协商议题。</p>
      )}
    </section>
  );
}
