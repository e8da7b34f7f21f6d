import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { getOptionalUser } from "~/auth/auth.server";
import { MemberMark, OpinionStateBadge, Paragraphs, SupportButton, SupportNotice, formatDate } from "~/components/participation-ui";
import { getOpinionPage } from "~/models/participation/opinion-queries.server";
import { opinionTitle } from "../../search/participation-source";
import styles from "~/styles/participation.css";
import { parseId } from "~/utils/params";

// One opinion: public once approved (on a public topic); before that, or after
// it was rejected or taken down, only its author and staff find it (404 for anyone else).
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "意见"} · 网络议政 · 协商` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const page = await getOpinionPage(parseId(params.opinionId), user);
  if (!page) throw new Response("Not Found", { status: 404 });
  const o = page.opinion;
  return json({
    title: opinionTitle(o.body),
    signedIn: !!user,
    isPublic: page.isPublic,
    topic: page.topic,
    can: page.can,
    opinion: {
      id: o.id,
      body: o.body,
      state: o.state,
      authorName: o.authorName,
      asMember: o.asMember,
      createdAt: o.createdAt.toISOString(),
      supports: o.supports,
      merged: o.merged,
      supported: o.supported,
      mine: o.mine,
      reason: page.isPublic ? null : o.reason,
      flaggedWords: o.flaggedWords,
    },
  });
}

export default function OpinionPage() {
  const { opinion, topic, can, signedIn, isPublic } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="o-title">
      <p>
        <Link to="/participation">网络议政</Link> › <Link to={`/participation/topics/${topic.id}`}>{topic.title}</Link>
      </p>
      <h1 id="o-title">意见第 {opinion.id} 号</h1>
      <SupportNotice />
      {!isPublic ? (
        <p className="notice" role="status">
          <OpinionStateBadge state={opinion.state} /> 这条意见目前不公开，只有作者和工作人员能看到。{opinion.reason ? `理由：${opinion.reason}` : ""}
        </p>
      ) : null}
      {opinion.flaggedWords.length ? <p className="flagged">审核提示：含有“{opinion.flaggedWords.join("、")}”</p> : null}
      <p className="opinion-meta">
        <strong>{opinion.authorName}</strong> <MemberMark asMember={opinion.asMember} /> <span>{formatDate(opinion.createdAt)}</span>
        {opinion.merged ? <span>另有 {opinion.merged} 条相同意见已合并</span> : null}
      </p>
      <Paragraphs text={opinion.body} />
      {isPublic ? <SupportButton support={{ subject: "opinion", id: opinion.id, count: opinion.supports, supported: opinion.supported, signedIn }} allowed={can.support} /> : null}
    </article>
  );
}
