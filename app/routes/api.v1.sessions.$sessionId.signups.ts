import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { getPersonCaller } from "~/auth/api-auth.server";
import { cancelSignup, listSignups, mySignup, signUp } from "~/models/studios/session-signups.server";
import { getVisibleSession } from "~/models/studios/studio-sessions.server";
import { apiError, apiFail, intParam } from "~/utils/api.server";
import { httpStatusOf, isDomainError } from "~/utils/errors";
import { json } from "@remix-run/node";

// Sign-ups of one session, for the signed-in browser session (the xs_session
// cookie; state-changing calls must come from this site, like the forms). A
// department's bearer token gets 403: tokens act on handling, not as people.
//   GET    → your sign-up (organisers: everyone's)
//   POST   → sign up (201; waitlisted when full)
//   DELETE → cancel your sign-up (the first on the waitlist moves up)
const noStore = { "Cache-Control": "private, no-store" };

async function context(request: Request, sessionId: string | undefined) {
  const id = intParam(sessionId, "id")!;
  const user = await getPersonCaller(request);
  const found = await getVisibleSession(id, user);
  if (!found) apiFail(404, "not_found", "No session with this id");
  return { id, user, found };
}

function mine(result: Awaited<ReturnType<typeof mySignup>>) {
  return result ? { id: result.signup.id, status: result.signup.status, waitlistPosition: result.position } : null;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { id, user, found } = await context(request, params.sessionId);
  if (!user) apiFail(401, "unauthorized", "Sign in first (session cookie)");
  const data: Record<string, unknown> = { mine: mine(await mySignup(id, user.id)) };
  if (found.canManage) {
    data.signups = (await listSignups(id)).map((s) => ({
      id: s.id,
      name: s.displayName,
      username: s.username,
      asMember: s.asMember,
      status: s.status,
      waitlistPosition: s.position,
      attended: s.attended,
      createdAt: s.createdAt.toISOString(),
    }));
  }
  return json({ data }, { headers: noStore });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { id, user } = await context(request, params.sessionId);
  if (!user) return apiError(401, "unauthorized", "Sign in first (session cookie)");
  try {
    if (request.method === "POST") {
      await signUp(id, user);
      return json({ data: { mine: mine(await mySignup(id, user.id)) } }, { status: 201, headers: noStore });
    }
    if (request.method === "DELETE") {
      await cancelSignup(id, user);
      return json({ data: { mine: null } }, { headers: noStore });
    }
    return apiError(405, "method_not_allowed", "Use GET, POST or DELETE");
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return apiError(httpStatusOf[error.code], error.code, error.message);
  }
}
