import type { LoaderFunctionArgs } from "@remix-run/node";
import { catalogueFeed } from "~/models/catalogues/catalogue-publishing.server";
import { feedResponse } from "~/utils/feed.server";
import { publicOrigin } from "~/utils/public-origin.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const xml = await catalogueFeed({ catalogue: null, origin: publicOrigin(request), format: "rss" });
  return feedResponse(xml, "rss");
}
