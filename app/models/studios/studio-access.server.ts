// Route guard for the organiser pages under /studios/:slug/manage: staff and
// the studio's lead only (403 for anyone else signed in, login for visitors).
import { forbidden, requireUser } from "~/auth/auth.server";
import { getStudioBySlug } from "~/models/studios/studios.server";
import { canManageStudio } from "~/auth/permissions";
import { notFound } from "~/utils/responses";

export async function requireStudioOrganiser(request: Request, slug: string | undefined) {
  const user = await requireUser(request);
  const studio = await getStudioBySlug(slug ?? "");
  if (!studio) throw notFound();
  if (!canManageStudio(user, studio)) throw forbidden("您没有管理该工作室的权限");
  return { user, studio };
}
