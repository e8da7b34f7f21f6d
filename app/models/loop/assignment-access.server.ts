// Route guard for a department's own assignment pages (/department/assignments/:id,
// /department/recommendations/:id): department users only. Another department's
// assignment is a 404, so it is neither seen nor answered; an assignment of the
// other subject is a 404 that says where it is handled.
import { requireDepartmentUser } from "~/auth/auth.server";
import { isDomainError } from "~/utils/errors";
import { parseId } from "~/utils/params";
import { notFound } from "~/utils/responses";
import type { AssignmentSubject } from "./assignment-rules";
import { getOwnAssignment } from "./handling-queries.server";

export async function requireOwnAssignment(request: Request, idParam: string | undefined, subject: AssignmentSubject) {
  const user = await requireDepartmentUser(request);
  try {
    const row = await getOwnAssignment(user, parseId(idParam), subject);
    if (!row) throw notFound();
    return { user, row };
  } catch (error) {
    if (isDomainError(error)) throw notFound(error.message);
    throw error;
  }
}
