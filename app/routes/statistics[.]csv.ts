import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportOpenList } from "~/models/platform/open-data.server";
import { publicOrigin } from "~/utils/public-origin.server";

// /statistics.csv?table=…&year=…: the first statistics download, kept for old
// links; the tables are the open-data lists statistics-<table>.
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const table = url.searchParams.get("table") ?? "";
  const response = /^[a-z]{1,20}$/.test(table) ? await exportOpenList(`statistics-${table}`, "csv", url, publicOrigin(request)) : null;
  if (!response) throw new Response("Unknown table", { status: 404 });
  return response;
}
