export interface EventRow {
  id: number;
  occurredAt: string;
  action: string;
  subjectType: string;
  subjectId: string;
  actorName: string | null;
  note: string | null;
}

const ACTION_LABELS: Record<string, string> = {
  "user.created": "创建用户",
  "user.registered": "公众注册",
  "user.updated": "修改用户",
  "user.roles_changed": "调整角色",
  "user.deactivated": "停用用户",
  "user.reactivated": "启用用户",
  "user.password_changed": "修改密码",
  "user.password_reset": "重置密码",
  "department.created": "新增单位",
  "department.updated": "修改单位",
  "department.merged": "合并单位",
  "department.deactivated": "停用单位",
  "department.reactivated": "启用单位",
  "organisation.created": "新增组织",
  "organisation.updated": "修改组织",
  "organisation.deactivated": "停用组织",
  "organisation.reactivated": "启用组织",
  "document.published": "发布文档",
  "proposal.drafted": "起草提案",
  "proposal.submitted": "提交提案",
  "proposal.accepted": "立案",
  "proposal.assigned": "交办",
  "reply.published": "答复公开",
  "proposal.closed": "办结",
  "document.revised": "发布新版本",
  "recommendation.published": "随文档公开发布",
  "recommendation.assigned": "交办承办单位",
  "assignment.adoption_reported": "报告采纳情况",
  "assignment.signed": "承办单位签收",
  "api_token.created": "签发接口令牌",
  "api_token.revoked": "吊销接口令牌",
};

export function actionLabel(action: string) {
  return ACTION_LABELS[action] ?? action;
}

// One formatter for the process: making one costs far more than formatting a time.
const BEIJING_TIME = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** Times shown in Beijing time, which is what every user here reads. */
export function formatTime(iso: string) {
  return BEIJING_TIME.format(new Date(iso));
}

export function EventsTable({ events, caption }: { events: EventRow[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">时间</th>
            <th scope="col">操作</th>
            <th scope="col">对象</th>
            <th scope="col">操作人</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{formatTime(e.occurredAt)}</td>
              <td>{actionLabel(e.action)}</td>
              <td>
                {e.subjectType} #{e.subjectId}
              </td>
              <td>{e.actorName ?? "系统"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
