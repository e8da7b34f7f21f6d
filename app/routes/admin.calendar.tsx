import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { requireAdmin } from "~/auth/auth.server";
import { Field, FormError, inputProps } from "~/components/form";
import { listCalendarYear, setCalendarDay } from "~/models/platform/calendar.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction = () => [{ title: "工作日历 · 系统管理 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const year = Number(new URL(request.url).searchParams.get("year")) || new Date().getFullYear();
  const rows = await listCalendarYear(Math.min(2100, Math.max(2000, year)));
  return json({ year, rows: rows.map((r) => ({ day: r.day, kind: r.kind, name: r.name, source: r.source })) });
}

const schema = /* @__PURE__ */ defineSchema(() => z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 2027-10-01"),
  kind: z.enum(["holiday", "workday", "normal"]),
  name: z.string().max(50).default(""),
}));

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const form = await readForm(request);
  const parsed = parseForm(schema, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    await setCalendarDay(parsed.data.day, parsed.data.kind, parsed.data.name, admin.id);
    return redirect(`/admin/calendar?year=${parsed.data.day.slice(0, 4)}`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function CalendarAdmin() {
  const { year, rows } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="cal-title">
      <h1 id="cal-title">工作日历 {year}</h1>
      <p>
        办理期限按工作日计算：周一至周五，除去法定节假日，加上调休上班的周末。每年国务院办公厅公布次年安排后，请在此补录。
      </p>
      <p>
        <Link to={`?year=${year - 1}`}>{year - 1}</Link> · <Link to={`?year=${year + 1}`}>{year + 1}</Link>
      </p>
      <FormError state={state} />
      <Form method="post" className="stack card" noValidate>
        <Field name="day" label="日期" state={state}>
          <input type="date" {...inputProps("day", state)} />
        </Field>
        <Field name="kind" label="类型" state={state}>
          <select defaultValue="holiday" {...inputProps("kind", state)}>
            <option value="holiday">放假</option>
            <option value="workday">调休上班</option>
            <option value="normal">恢复为普通日</option>
          </select>
        </Field>
        <Field name="name" label="名称（如 国庆节）" state={state}>
          <input type="text" {...inputProps("name", state)} />
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            保存
          </button>
        </div>
      </Form>
      <table>
        <caption>
          {year} 年的节假日与调休（{rows.length} 天）
        </caption>
        <thead>
          <tr>
            <th scope="col">日期</th>
            <th scope="col">类型</th>
            <th scope="col">名称</th>
            <th scope="col">来源</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.day}>
              <td>{r.day}</td>
              <td>{r.kind === "holiday" ? "放假" : "调休上班"}</td>
              <td>{r.name}</td>
              <td>{r.source === "admin" ? "管理员" : "chinese-days"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
