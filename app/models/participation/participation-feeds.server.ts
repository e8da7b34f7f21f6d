// Atom/RSS per consultation topic (订阅): its approved opinions, newest first.
// Only what the topic page shows the public: a draft topic has no feed, and
// pending, rejected, merged, withdrawn or hidden opinions never appear.
import { buildFeed, plainSummary, type FeedFormat } from "../../utils/feed.server";
import { opinionTitle } from "../../../search/participation-source";
import { listTopicOpinions } from "./opinion-queries.server";
import { getVisibleTopic } from "./topics.server";

export const TOPIC_FEED_SIZE = 50;

/** The feed, or null when the topic is not public. */
export async function topicFeed(topicId: number, origin: string, format: FeedFormat) {
  const row = await getVisibleTopic(topicId, null);
  if (!row) return null;
  const { topic } = row;
  const { opinions } = await listTopicOpinions(topic, null, { sort: "time", perPage: TOPIC_FEED_SIZE });
  const items = opinions.map((o) => {
    const link = `${origin}/participation/opinions/${o.id}`;
    return {
      title: opinionTitle(o.body),
      id: link,
      link,
      date: o.moderatedAt ?? o.createdAt,
      published: o.createdAt,
      description: `${o.authorName}${o.asMember ? "（委员）" : ""}：${o.body.slice(0, 200)}（${o.supports} 人附议）`,
      content: o.body
        .split(/\n{2,}/)
        .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br/>")}</p>`)
        .join(""),
      author: [{ name: o.authorName }],
    };
  });
  return buildFeed(
    {
      base: `${origin}/participation/topics/${topicId}`,
      feedPath: `/participation/topics/${topicId}/feed`,
      origin,
      title: `协商 · 网络议政 · ${topic.title}`,
      description: plainSummary(topic.description),
      items,
    },
    format,
  );
}
