import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { requireAdmin } from "~/auth/auth.server";
import { DepartmentFields } from "~/components/department-fields";
import { ConfirmStep, type ConfirmationState } from "~/components/confirm-step";
import { EventsTable } from "~/components/events-table";
import { Field, FormError, inputProps } from "~/components/form";
import { recentEventsFor } from "~/models/platform/dashboard-queries.server";
import {
  getDepartment,
  getDepartmentDetail,
  listDepartments,
  mergeDepartments,
  parseAliases,
  setDepartmentActive,
  updateDepartment,
} from "~/models/directory/departments.server";
import { domainFailure, formFailure, parseForm, readForm, unconfirmed } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import { departmentSchema, versionSchema } from "~/utils/schemas";
import { notFound } from "~/utils/responses";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.department.name ?? "单位"} · 承办单位管理 · 协商` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const id = parseId(params.departmentId);
  const detail = await getDepartmentDetail(id);
  if (!detail) throw notFound();
  const [others, events] = await Promise.all([listDepartments(), recentEventsFor("department", id, 30, { admin: true })]);
  return json({
    ...detail,
    others: others.filter((d) => d.id !== id).map((d) => ({ id: d.id, name: d.name })),
    events,
  });
}

const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  departmentSchema.extend({ intent: z.literal("update"), version: versionSchema }),
  z.object({ intent: z.literal("deactivate") }),
  z.object({ intent: z.literal("reactivate") }),
  z.object({
    intent: z.literal("merge"),
    survivorId: z.coerce.number({ error: "请选择保留的单位" }).int().positive("请选择保留的单位").max(2_147_483_647, "请选择保留的单位"),
  }),
]));

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const id = parseId(params.departmentId);
  const form = await readForm(request);
  const parsed = parseForm(intents, form);
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
  if (input.intent === "merge" || input.intent === "deactivate") {
    const name = (await getDepartment(id))?.name ?? "";
    const survivor = input.intent === "merge" ? ((await getDepartment(input.survivorId))?.name ?? "") : "";
    const ask = unconfirmed(
      form,
      input.intent === "merge"
        ? {
            question: `确定把“${name}”并入“${survivor}”吗？`,
            detail: "本单位的名称和常见写法成为对方的常见写法，账号转入对方，本单位停用。合并不能撤销。",
            confirm: "确认合并",
            cancel: "不合并，返回",
          }
        : { question: `确定停用“${name}”吗？`, detail: "停用后不能再向它交办；已有的交办和答复保留。可以随时重新启用。", confirm: "确认停用", cancel: "不停用，返回" },
    );
    if (ask) return ask;
  }
  try {
    switch (input.intent) {
      case "update":
        await updateDepartment(id, { ...input, aliases: parseAliases(input.aliases) }, admin.id);
        break;
      case "deactivate":
        await setDepartmentActive(id, false, admin.id);
        break;
      case "reactivate":
        await setDepartmentActive(id, true, admin.id);
        break;
      case "merge":
        await mergeDepartments(id, input.survivorId, admin.id);
        return redirect(`/admin/departments/${input.survivorId}?merged=1`);
    }
    return redirect(`/admin/departments/${id}?saved=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function EditDepartment() {
  const { department, mergedInto, staffCount, others, events } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const stateFor = (intent: string) => (state?.values?.intent === intent ? state : undefined);
  return (
    <section aria-labelledby="ed-title">
      <p>
        <Link to="/admin/departments">承办单位</Link>
      </p>
      <h1 id="ed-title">{department.name}</h1>
      {params.get("saved") ? <p className="notice ok">已保存。</p> : null}
      {params.get("merged") ? <p className="notice ok">已合并：重复单位的名称已加入本单位的常见写法，其用户已转入本单位。</p> : null}
      {mergedInto ? (
        <p className="notice">
          已并入 <Link to={`/admin/departments/${mergedInto.id}`}>{mergedInto.name}</Link>，不能再编辑。
        </p>
      ) : null}
      <FormError state={state} />
      <ConfirmStep state={state as ConfirmationState | undefined} />
      <p className="count">本单位在用账号 {staffCount} 个。</p>
      {!mergedInto ? (
        <>
          <h2>基本信息</h2>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="version" value={department.version} />
            <DepartmentFields
              state={stateFor("update")}
              defaults={{
                name: department.name,
                shortName: department.shortName ?? "",
                aliases: department.aliases.join("、"),
                level: department.level,
                kind: department.kind,
                parentId: department.parentId ? String(department.parentId) : "",
              }}
              parents={others}
            />
            <div className="actions">
              <button type="submit" className="primary">
                保存
              </button>
            </div>
          </Form>
          <h2>合并重复单位</h2>
          <p>把本单位并入另一家单位：本单位的名称和常见写法成为对方的常见写法，账号转入对方，本单位停用。</p>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="merge" />
            <Field name="survivorId" label="并入（保留的单位）" state={stateFor("merge")}>
              <select defaultValue="" {...inputProps("survivorId", stateFor("merge"))}>
                <option value="">请选择</option>
                {others.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </Field>
            <div className="actions">
              <button type="submit" className="danger">
                合并
              </button>
            </div>
          </Form>
          <h2>状态</h2>
          <Form method="post">
            {department.active ? (
              <button type="submit" name="intent" value="deactivate" className="danger">
                停用单位
              </button>
            ) : (
              <button type="submit" name="intent" value="reactivate" className="secondary">
                重新启用
              </button>
            )}
          </Form>
        </>
      ) : null}
      <EventsTable events={events} caption="该单位的变更记录" />
    </section>
  );
}
