import type { LoaderFunctionArgs } from "@remix-run/node";
import { repliesFeed } from "~/models/platform/public-feeds.server";
import { feedResponse } from "~/utils/feed.server";
import { publicOrigin } from "~/utils/public-origin.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return feedResponse(await repliesFeed(publicOrigin(request), "rss"), "rss");
}
