import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { safeRedirect } from "~/utils/redirect";
import { SCRIPT_COOKIE, SIZE_COOKIE } from "~/utils/script.server";
import { readForm } from "~/utils/forms.server";

const YEAR = 60 * 60 * 24 * 365;

// 简/繁 and 大字号 switches: plain form posts that set a cookie and go back.
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const headers = new Headers();
  const script = form.get("script");
  if (script === "hans" || script === "hant") {
    headers.append("Set-Cookie", `${SCRIPT_COOKIE}=${script}; Path=/; Max-Age=${YEAR}; SameSite=Lax`);
  }
  const size = form.get("size");
  if (size === "large" || size === "normal") {
    headers.append("Set-Cookie", `${SIZE_COOKIE}=${size}; Path=/; Max-Age=${YEAR}; SameSite=Lax`);
  }
  return redirect(safeRedirect(form.get("redirectTo")), { headers });
}

export async function loader() {
  return redirect("/");
}
