import type { LoaderFunctionArgs } from "@remix-run/node";
import { opinionsWithProposals } from "~/models/studios/session-opinions.server";
import { getSession } from "~/models/studios/studio-sessions.server";
import { listSessionsAfter } from "~/models/studios/session-queries.server";
import { apiFail, apiOk, intParam } from "~/utils/api.server";
import { sessionJson } from "~/models/studios/studio-api.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const id = intParam(params.sessionId, "id")!;
  const session = await getSession(id);
  if (!session || session.status === "draft") apiFail(404, "not_found", "No session with this id");
  const [{ rows }, opinions] = await Promise.all([listSessionsAfter({}, id - 1, 1), session.status === "held" ? opinionsWithProposals(id) : []]);
  return apiOk({
    data: {
      ...sessionJson(rows[0]),
      description: session.description,
      cancelReason: session.cancelReason,
      minutes: session.status === "held" ? session.minutes : null,
      opinions: opinions.map((o) => ({
        id: o.id,
        title: o.title,
        body: o.body,
        raisedBy: o.raisedBy,
        // Drafts are private; an accepted proposal is public under its case number.
        proposal: o.proposalId ? { caseNo: o.proposalCaseNo, url: o.proposalCaseNo ? `/proposals/${o.proposalCaseNo}` : null } : null,
      })),
    },
  });
}
