import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireAdmin } from "~/auth/auth.server";
import { EventsTable } from "~/components/events-table";
import { staffTodoItems, TodoList } from "~/components/todo-list";
import { todoCounts } from "~/models/todos/todos.server";
import { recentEvents, sharedDirectoryFigures } from "~/models/platform/dashboard-queries.server";
import { ROLE_LABELS } from "~/utils/labels";

export const meta: MetaFunction = () => [{ title: "系统管理 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireAdmin(request);
  const [{ roles, directory }, events, todos] = await Promise.all([sharedDirectoryFigures(), recentEvents(20, undefined, undefined, { admin: true }), todoCounts(user)]);
  // An admin counts as staff (decision 013): the header's 待办 counts staff's to-dos, listed here as on /staff.
  return json({ roles, directory, events, todos: todos.staff! });
}

export default function AdminHome() {
  const { roles, directory, events, todos } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">系统管理</h1>
      <TodoList items={staffTodoItems(todos)} />
      <ul className="stats">
        {Object.entries(roles).map(([role, n]) => (
          <li key={role}>
            <strong>{n}</strong> {ROLE_LABELS[role as keyof typeof ROLE_LABELS]}
          </li>
        ))}
        <li>
          <strong>{directory.departments}</strong> 承办单位
        </li>
        <li>
          <strong>{directory.organisations}</strong> 党派团体
        </li>
      </ul>
      <EventsTable events={events} caption="最近的操作记录（审计日志）" />
    </section>
  );
}
