import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApiUser } from "~/auth/api-auth.server";
import { listDepartmentAssignments } from "~/models/loop/department-api.server";
import { apiError, apiOk } from "~/utils/api.server";
import { httpStatusOf, isDomainError } from "~/utils/errors";

// GET: the caller's department's assignments (a department account, or its system's bearer token).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireApiUser(request);
  try {
    const data = await listDepartmentAssignments(user);
    return apiOk({ data }, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (isDomainError(error)) return apiError(httpStatusOf[error.code], error.code, error.message);
    throw error;
  }
}
