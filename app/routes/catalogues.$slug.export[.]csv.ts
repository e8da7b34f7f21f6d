import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCatalogueBySlug } from "~/models/catalogues/catalogues.server";
import { catalogueCsv } from "~/models/catalogues/catalogue-publishing.server";
import { publicOrigin } from "~/utils/public-origin.server";
import { contentDisposition } from "~/utils/uploads.server";
import { notFound } from "~/utils/responses";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const catalogue = await getCatalogueBySlug(params.slug ?? "");
  if (!catalogue || !catalogue.active) throw notFound();
  const csv = await catalogueCsv(catalogue, publicOrigin(request));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(`${catalogue.title}.csv`, "attachment"),
      "Cache-Control": "public, max-age=60",
    },
  });
}
