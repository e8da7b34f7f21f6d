import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApiUser } from "~/auth/api-auth.server";
import { departmentRecommendationAssignmentDetail } from "~/models/loop/department-api.server";
import { apiError, apiOk, intParam } from "~/utils/api.server";
import { httpStatusOf, isDomainError } from "~/utils/errors";

// GET: one of the caller's own report-recommendation assignments; another department's is a 404.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApiUser(request);
  const id = intParam(params.assignmentId, "id")!;
  try {
    const data = await departmentRecommendationAssignmentDetail(user, id);
    return apiOk({ data }, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (isDomainError(error)) return apiError(httpStatusOf[error.code], error.code, error.message);
    throw error;
  }
}
