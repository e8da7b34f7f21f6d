import type { LoaderFunctionArgs } from "@remix-run/node";
import { signupsXlsx } from "~/models/studios/session-feeds.server";
import { getSession } from "~/models/studios/studio-sessions.server";
import { listSignups } from "~/models/studios/session-signups.server";
import { parseId } from "~/utils/params";
import { requireStudioOrganiser } from "~/models/studios/studio-access.server";
import { notFound } from "~/utils/responses";

// The sign-up list of one session as XLSX, for its organisers only.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { studio } = await requireStudioOrganiser(request, params.slug);
  const session = await getSession(parseId(params.sessionId));
  if (!session || session.studioId !== studio.id) throw notFound();
  const rows = await listSignups(session.id);
  const name = `session-${session.id}-signups.xlsx`;
  const label = encodeURIComponent(`${session.topic}-报名名单.xlsx`);
  return new Response(new Uint8Array(await signupsXlsx(rows)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}"; filename*=UTF-8''${label}`,
      "Cache-Control": "private, no-store",
    },
  });
}
