import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireAdmin } from "~/auth/auth.server";
import { formatTime } from "~/components/events-table";
import { listOutbox } from "~/models/platform/notifications.server";

export const meta: MetaFunction = () => [{ title: "邮件发件箱 · 系统管理 · 协商" }];

// Without SMTP_URL mail is not sent; admins read it here.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const rows = await listOutbox();
  return json({ smtp: !!process.env.SMTP_URL, rows: rows.map((m) => ({ id: m.id, to: m.toAddress, subject: m.subject, body: m.body, at: m.createdAt.toISOString(), sent: m.sentAt?.toISOString() ?? null })) });
}

export default function Outbox() {
  const { smtp, rows } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="ob-title">
      <h1 id="ob-title">邮件发件箱</h1>
      <p>{smtp ? "已配置 SMTP_URL，邮件由发送程序投递。" : "未配置 SMTP_URL：邮件只保存在发件箱中，不会发出。"}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">时间</th>
            <th scope="col">收件人</th>
            <th scope="col">主题</th>
            <th scope="col">状态</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id}>
              <td>{formatTime(m.at)}</td>
              <td>{m.to}</td>
              <td>
                <details>
                  <summary>{m.subject}</summary>
                  <pre className="source">{m.body}</pre>
                </details>
              </td>
              <td>{m.sent ? `已发送 ${formatTime(m.sent)}` : "未发送"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
