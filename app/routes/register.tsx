import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { getOptionalUser } from "~/auth/auth.server";
import { createSession } from "~/auth/session.server";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { passwordProblem } from "~/auth/password.server";
import { displayNameProblem, registerPublicUser } from "~/models/directory/registration.server";
import { USERNAME_RE } from "~/models/directory/users.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { safeRedirect } from "~/utils/redirect";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction = () => [{ title: "公众注册 · 协商" }];

// Self-registration gives the public role only (studio sign-ups, feedback);
// members, department staff and staff accounts are created by admins.
// Every rule is checked here at once, so one submit shows every mistake
// (createUser checks the same rules again, and whether the name is taken).
const schema = /* @__PURE__ */ defineSchema(() => z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "请输入用户名")
      .regex(USERNAME_RE, "用户名须为 3–32 位小写字母、数字或 . _ -，以字母或数字开头"),
    displayName: z.string().trim().min(1, "请输入称呼").max(40, "称呼不能超过 40 个字符"),
    email: z
      .string()
      .trim()
      .max(200)
      .refine((v) => v === "" || z.email().safeParse(v).success, "邮箱格式不正确")
      .optional(),
    password: z
      .string()
      .min(1, "请输入密码")
      .superRefine((v, ctx) => {
        const problem = v ? passwordProblem(v) : null;
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    confirm: z.string().min(1, "请再次输入密码"),
    redirectTo: z.string().optional(),
  })
  .refine((v) => v.password === v.confirm, {
    message: "两次输入的密码不一致",
    path: ["confirm"],
    // Checked even when other fields failed, as long as both passwords were typed.
    when: (payload) => {
      const v = payload.value as { password?: unknown; confirm?: unknown };
      return typeof v.password === "string" && typeof v.confirm === "string" && v.confirm !== "";
    },
  }));

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "/account");
  if (await getOptionalUser(request)) return redirect(redirectTo);
  return json({ redirectTo });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const parsed = parseForm(schema, form);
  if (!parsed.ok) {
    // The name check needs the database, so it is not in the schema; it still
    // belongs in the same answer, so one submit shows every mistake.
    const displayName = form.get("displayName");
    if (!parsed.errors.displayName && typeof displayName === "string" && displayName.trim()) {
      const problem = await displayNameProblem(displayName.trim());
      if (problem) parsed.errors.displayName = problem;
    }
    return formFailure(parsed);
  }
  try {
    const { redirectTo, ...fields } = parsed.data;
    const user = await registerPublicUser({ ...fields, email: fields.email || null }, context?.ip ?? "unknown");
    return redirect(safeRedirect(redirectTo, "/account"), { headers: { "Set-Cookie": await createSession(request, user.id) } });
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function Register() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="register-title">
      <h1 id="register-title">公众注册</h1>
      <p className="lede">注册后可报名委员工作室的协商活动，并对公开信息提出意见。政协委员和承办单位账号由管理员开通。</p>
      <FormError state={state} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field name="username" label="用户名" state={state} hint="3–32 位小写字母、数字或 . _ -">
          <input type="text" autoComplete="username" defaultValue={valueOf(state, "username")} {...inputProps("username", state, true)} />
        </Field>
        <Field name="displayName" label="称呼" state={state}>
          <input type="text" autoComplete="name" defaultValue={valueOf(state, "displayName")} {...inputProps("displayName", state)} />
        </Field>
        <Field name="email" label="电子邮箱（选填）" state={state}>
          <input type="email" autoComplete="email" defaultValue={valueOf(state, "email")} {...inputProps("email", state)} />
        </Field>
        <Field name="password" label="密码" state={state} hint="至少 10 个字符，须包含字母和数字">
          <input type="password" autoComplete="new-password" {...inputProps("password", state, true)} />
        </Field>
        <Field name="confirm" label="确认密码" state={state}>
          <input type="password" autoComplete="new-password" {...inputProps("confirm", state)} />
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            注册
          </button>
          <Link to="/login">已有账号？登录</Link>
        </div>
      </Form>
    </section>
  );
}
