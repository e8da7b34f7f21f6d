import { json } from "@remix-run/node";
import { openapi } from "~/utils/openapi/index.server";

export async function loader() {
  return json(openapi, { headers: { "Cache-Control": "public, max-age=300" } });
}
