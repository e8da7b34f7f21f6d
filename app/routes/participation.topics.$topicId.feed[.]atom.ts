import type { LoaderFunctionArgs } from "@remix-run/node";
import { topicFeed } from "~/models/participation/participation-feeds.server";
import { feedResponse } from "~/utils/feed.server";
import { parseId } from "~/utils/params";
import { publicOrigin } from "~/utils/public-origin.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const xml = await topicFeed(parseId(params.topicId), publicOrigin(request), "atom");
  if (!xml) throw new Response("Not Found", { status: 404 });
  return feedResponse(xml, "atom");
}
