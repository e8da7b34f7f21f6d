// The 报名名单 on the session management page: counts, CSV / XLSX export
// links, and the sign-up table whose checkboxes record attendance once the
// session has started (one plain POST form, so it works without JavaScript).
import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import type { ManagedSessionPage } from "~/models/studios/session-manage-queries.server";

type PageData = SerializeFrom<ManagedSessionPage>;

export function SessionSignupsTable({
  signups,
  session,
  can,
  exportBase,
}: {
  signups: PageData["signups"];
  session: PageData["session"];
  can: PageData["can"];
  exportBase: string;
}) {
  const confirmed = signups.filter((s) => s.status === "confirmed");
  return (
    <>
      <h2>
        报名名单（确认 {confirmed.length} / 名额 {session.capacity}，候补 {signups.filter((s) => s.status === "waitlisted").length}）
      </h2>
      <p className="button-row">
        <a className="button secondary" href={`${exportBase}.csv`} download>
          导出 CSV
        </a>
        <a className="button secondary" href={`${exportBase}.xlsx`} download>
          导出 Excel（XLSX）
        </a>
      </p>
      <Form method="post">
        <input type="hidden" name="intent" value="attendance" />
        <div className="table-scroll">
          <table>
            <caption>报名者（已确认在前，候补按顺序）</caption>
            <thead>
              <tr>
                <th scope="col">姓名</th>
                <th scope="col">身份</th>
                <th scope="col">状态</th>
                <th scope="col">报名时间</th>
                <th scope="col">出席</th>
              </tr>
            </thead>
            <tbody>
              {signups.map((s) => (
                <tr key={s.id}>
                  <td>
                    {s.displayName}（{s.username}）
                  </td>
                  <td>
                    {s.asMember ? "政协委员" : "公众"}
                    {s.organisationName ? ` · ${s.organisationName}` : ""}
                  </td>
                  <td>{s.status === "confirmed" ? "已确认" : s.status === "waitlisted" ? `候补第 ${s.position} 位` : "已取消"}</td>
                  <td>{s.createdAt}</td>
                  <td>
                    {s.attendable ? (
                      <label>
                        <input type="checkbox" name="attended" value={s.id} defaultChecked={!!s.attended} disabled={!can.attendance} />{" "}
                        {s.attended == null ? "未登记" : s.attended ? "出席" : "缺席"}
                      </label>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {can.attendance && confirmed.length ? (
          <div className="actions">
            <button type="submit" className="secondary">
              保存出席情况
            </button>
          </div>
        ) : (
          <p className="muted-text">活动开始后可登记出席。</p>
        )}
      </Form>
    </>
  );
}
