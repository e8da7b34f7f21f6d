import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { pageData } from "~/utils/page-data.server";
import { Link } from "~/components/link";
import { requireStaff } from "~/auth/auth.server";
import { EventsTable } from "~/components/events-table";
import { staffTodoItems, TodoList } from "~/components/todo-list";
import { otherWorkbenchTodos, todoCounts } from "~/models/todos/todos.server";
import { sharedDirectoryFigures, staffRecentEvents } from "~/models/platform/dashboard-queries.server";

export const meta: MetaFunction = () => [
  { title: "提案办工作台 · 协商" },
  { name: "description", content: "提案办的待办：立案审查、交办、调整申请、答复审核、逾期督办、网络议政审核与信息公开审核。" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  // The figures and the recent events are the same for every staff member: read again only after an event (dashboard-queries.server.ts).
  const [{ roles, directory }, events, todos] = await Promise.all([sharedDirectoryFigures(), staffRecentEvents(), todoCounts(user)]);
  // otherTodos: a user with more roles sees them too, so the list adds up to the header badge.
  return pageData(context, { roles, directory, events, todos: todos.staff!, otherTodos: otherWorkbenchTodos(todos, "staff") });
}

export default function StaffWorkbench() {
  const { roles, directory, events, todos, otherTodos } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="sw-title">
      <h1 id="sw-title">提案办工作台</h1>
      <TodoList items={[...staffTodoItems(todos), ...otherTodos]} />
      <ul className="stats">
        <li>
          <strong>{roles.member}</strong> 位政协委员
        </li>
        <li>
          <strong>{roles.department}</strong> 位承办单位人员
        </li>
        <li>
          <strong>{directory.departments}</strong> 家承办单位
        </li>
        <li>
          <strong>{directory.organisations}</strong> 个党派团体
        </li>
      </ul>
      <ul>
        <li>
          <Link to="/staff/proposals">提案审查与交办</Link>：立案审查、交办、处理调整申请
        </li>
        <li>
          <Link to="/staff/replies">答复审核</Link>
        </li>
        <li>
          <Link to="/staff/supervision">督办看板</Link>：重点提案和逾期事项
        </li>
        <li>
          <Link to="/staff/documents">录入与校对</Link>：粘贴或上传调研报告、提案，校对结构和承办单位后发布
        </li>
        <li>
          <Link to="/staff/catalogues">信息公开工作台</Link>：逾期事项、待审核的公开信息、提问与答复的审核
        </li>
        <li>
          <Link to="/staff/participation">网络议政</Link>：协商议题、意见审核、提案线索分办、审核词表
        </li>
        <li>
          <Link to="/departments">承办单位名录</Link>
        </li>
      </ul>
      <EventsTable events={events} caption="最近的操作记录" />
    </section>
  );
}
