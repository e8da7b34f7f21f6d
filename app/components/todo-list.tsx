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
