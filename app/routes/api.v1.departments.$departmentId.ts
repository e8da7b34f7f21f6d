import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDepartmentDetail } from "~/models/directory/departments.server";
import { recommendationsForDepartment } from "~/models/documents/recommendation-queries.server";
import { apiFail, apiOk, intParam } from "~/utils/api.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const detail = await getDepartmentDetail(intParam(params.departmentId, "id")!);
  if (!detail) apiFail(404, "not_found", "No department with this id");
  const { department: d } = detail;
  const recs = await recommendationsForDepartment(d.id);
  return apiOk({
    data: {
      id: d.id,
      name: d.name,
      shortName: d.shortName,
      aliases: d.aliases,
      level: d.level,
      kind: d.kind,
      active: d.active,
      mergedIntoId: d.mergedIntoId,
      parentId: d.parentId,
      recommendations: recs.map((r) => ({ id: r.id, title: r.title, role: r.role, document: { slug: r.docSlug, title: r.docTitle } })),
    },
  });
}
