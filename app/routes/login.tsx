import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { attemptLogin, getOptionalUser } from "~/auth/auth.server";
import { createSession } from "~/auth/session.server";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { formFailure, parseForm, readForm } from "~/utils/forms.server";
import { landingFor } from "~/utils/navigation";
import { safeRedirect } from "~/utils/redirect";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction = () => [{ title: "登录 · 协商" }];

const schema = /* @__PURE__ */ defineSchema(() => z.object({
  username: z.string({ error: "请输入用户名" }).trim().min(1, "请输入用户名").max(64, "用户名过长"),
  password: z.string({ error: "请输入密码" }).min(1, "请输入密码").max(200, "密码过长"),
  redirectTo: z.string().optional(),
}));

// Without a (safe) redirectTo each role lands on its workbench (landingFor).
export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "");
  const user = await getOptionalUser(request);
  if (user) return redirect(redirectTo || landingFor(user.roles));
  return json({ redirectTo });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const parsed = parseForm(schema, form);
  if (!parsed.ok) return formFailure(parsed);
  const result = await attemptLogin(parsed.data.username, parsed.data.password, context?.ip ?? "unknown");
  if (!result.ok) {
    const failure = formFailure({ ok: false, errors: {}, formError: result.message, values: { username: parsed.data.username } }, result.retryAfterSeconds ? 429 : 401);
    if (result.retryAfterSeconds) failure.headers.set("Retry-After", String(result.retryAfterSeconds));
    return failure;
  }
  const cookie = await createSession(request, result.user.id);
  return redirect(safeRedirect(parsed.data.redirectTo, "") || landingFor(result.user.roles), { headers: { "Set-Cookie": cookie } });
}

export default function Login() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="login-title">
      <h1 id="login-title">登录</h1>
      <p className="lede">政协委员、承办单位、提案工作人员和已注册的公众用户请在此登录。</p>
      <FormError state={state} />
      <Form method="post" className="stack" noValidate>
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <Field name="username" label="用户名" state={state}>
          <input type="text" autoComplete="username" required defaultValue={valueOf(state, "username")} {...inputProps("username", state)} />
        </Field>
        <Field name="password" label="密码" state={state}>
          <input type="password" autoComplete="current-password" required {...inputProps("password", state)} />
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            登录
          </button>
          <Link to="/register">没有账号？公众注册</Link>
        </div>
      </Form>
    </section>
  );
}
