import type { LoaderFunctionArgs } from "@remix-run/node";
import { listDocumentsAfter } from "~/models/documents/document-queries.server";
import { DOCUMENT_KINDS } from "~/models/documents/documents.server";
import { apiFail, apiOk, intParam, pageParams } from "~/utils/api.server";
import type { DocumentKind } from "../../db/documents.schema";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { limit, cursor } = pageParams(url);
  const kind = url.searchParams.get("kind") || undefined;
  if (kind && !DOCUMENT_KINDS.includes(kind as DocumentKind)) apiFail(400, "invalid_parameter", `kind must be one of ${DOCUMENT_KINDS.join(", ")}`);
  const { rows, nextCursor } = await listDocumentsAfter(
    {
      kind: kind as DocumentKind | undefined,
      organisationId: intParam(url.searchParams.get("organisation"), "organisation"),
      year: intParam(url.searchParams.get("year"), "year"),
      departmentId: intParam(url.searchParams.get("department"), "department"),
    },
    cursor,
    limit,
  );
  return apiOk({
    data: rows.map((d) => ({
      id: d.id,
      slug: d.slug,
      kind: d.kind,
      title: d.title,
      byline: d.byline,
      year: d.year,
      session: d.session,
      authors: d.authors,
      organisation: d.organisationSlug ? { slug: d.organisationSlug, name: d.organisationName } : null,
      recommendations: d.recommendations,
      version: d.currentVersion,
      publishedAt: d.publishedAt?.toISOString() ?? null,
      url: `/documents/${d.slug}`,
    })),
    nextCursor,
  });
}
