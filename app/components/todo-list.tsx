import { Link } from "~/components/link";

export interface TodoItem {
  label: string;
  count: number;
  to: string;
}

/** 待办: what waits for this user, each with its count and where to do it (app/models/todos). */
export function TodoList({ items, title = "待办事项" }: { items: TodoItem[]; title?: string }) {
  const total = items.reduce((n, i) => n + i.count, 0);
  return (
    <section aria-labelledby="todo-title" className="todos">
      <h2 id="todo-title">{title}</h2>
      <ul className="todo-list">
        {items.map((i) => (
          <li key={i.label} className={i.count ? undefined : "none"}>
            <Link to={i.to} data-todo={i.label}>
              <strong>{i.count}</strong> {i.label}
            </Link>
          </li>
        ))}
      </ul>
      {total ? null : <p className="count">目前没有等待您处理的事项。</p>}
    </section>
  );
}

/** Staff's to-dos (app/models/todos: staffCounts), each linked to the staff list it counts: on /staff, and on /admin for admins, who count as staff (decision 013). */
export function staffTodoItems(todos: Record<"review" | "assign" | "reassign" | "replies" | "overdue" | "opinions" | "leads" | "entries" | "feedback", number>): TodoItem[] {
  return [
    { label: "待审查", count: todos.review, to: "/staff/proposals#review" },
    { label: "待交办", count: todos.assign, to: "/staff/proposals#to-assign" },
    { label: "调整申请", count: todos.reassign, to: "/staff/proposals#reassign" },
    { label: "待审核答复", count: todos.replies, to: "/staff/replies" },
    { label: "逾期", count: todos.overdue, to: "/staff/supervision#overdue" },
    { label: "意见待审核", count: todos.opinions, to: "/staff/participation#queue" },
    { label: "线索待分办", count: todos.leads, to: "/staff/participation#leads" },
    { label: "公开信息待审核", count: todos.entries, to: "/staff/catalogues#reviews" },
    { label: "公开反馈待审核", count: todos.feedback, to: "/staff/catalogues#moderation" },
  ];
}
