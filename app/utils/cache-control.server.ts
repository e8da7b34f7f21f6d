// Pages for one person must never be stored by a browser cache or a proxy:
// an account page, a member's or a department's console, an admin page, or
// the secret calendar address on /account/sessions. Every document and data
// response of such a path — and of any request that carries a session — is
// `Cache-Control: private, no-store`. Public pages viewed anonymously keep
// whatever their route says. (Security review, issue 14, item 11.)
import { isPrivatePath } from "./canonical";

export const PRIVATE_NO_STORE = "private, no-store";

/** Does this request carry a session or credentials (so its answer is someone's own)? */
export function carriesCredentials(request: Request) {
  if (request.headers.get("Authorization")) return true;
  return /(?:^|;\s*)xs_session=[^;]/.test(request.headers.get("Cookie") ?? "");
}

export function privateCacheControl(request: Request, headers: Headers) {
  const { pathname } = new URL(request.url);
  if (isPrivatePath(pathname) || carriesCredentials(request)) headers.set("Cache-Control", PRIVATE_NO_STORE);
}
