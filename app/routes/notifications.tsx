import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireUser } from "~/auth/auth.server";
import { formatTime } from "~/components/events-table";
import { listNotifications, markAllRead } from "~/models/platform/notifications.server";

export const meta: MetaFunction = () => [{ title: "消息通知 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const rows = await listNotifications(user.id);
  return json({ rows: rows.map((n) => ({ id: n.id, subject: n.subject, body: n.body, link: n.link, unread: !n.readAt, at: n.createdAt.toISOString() })) });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await markAllRead(user.id);
  return redirect("/notifications");
}

export default function Notifications() {
  const { rows } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="n-title">
      <h1 id="n-title">消息通知</h1>
      <Form method="post">
        <button type="submit" className="secondary">
          全部标为已读
        </button>
      </Form>
      <p className="count">共 {rows.length} 条，未读 {rows.filter((r) => r.unread).length} 条</p>
      <ul className="doc-list">
        {rows.map((n) => (
          <li key={n.id}>
            {n.unread ? <span className="badge warn">未读</span> : null} {n.link ? <Link to={n.link}>{n.subject}</Link> : n.subject}
            <div className="count">{formatTime(n.at)}</div>
            {n.body ? <p>{n.body}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
