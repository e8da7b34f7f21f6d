import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireStaff } from "~/auth/auth.server";
import { formatDate } from "~/components/participation-ui";
import { moderationLog } from "~/models/participation/opinion-queries.server";

// 审核记录: every participation decision — posts, approvals, rejections with
// their reasons, merges, take-downs, triage of leads, word-list changes — read
// from the append-only events table, so it cannot be edited.
export const meta: MetaFunction = () => [{ title: "审核记录 · 网络议政 · 协商" }];

const ACTIONS: Record<string, string> = {
  "opinion.posted": "提交意见",
  "opinion.approved": "审核通过",
  "opinion.rejected": "不予通过",
  "opinion.merged": "合并",
  "opinion.hidden": "撤下",
  "opinion.withdrawn": "作者撤回",
  "lead.submitted": "提交线索",
  "lead.withdrawn": "撤回线索",
  "lead.forwarded_member": "转交委员",
  "lead.forwarded_department": "转承办单位",
  "lead.closed": "办结线索",
  "lead.declined": "委员退回",
  "lead.drafting": "委员起草提案",
  "lead.drafted": "形成提案草稿",
  "lead.draft_failed": "起草失败，已恢复",
  "topic.created": "设立议题",
  "topic.edited": "修改议题",
  "topic.publish": "发布议题",
  "topic.close": "结束征集",
  "topic.reopen": "重新开放",
  "topic.summarise": "生成汇总草稿",
  "topic.summary_published": "汇总报告发布",
  "moderation_word.added": "添加审核词",
  "moderation_word.removed": "删除审核词",
};

const SUBJECTS: Record<string, (id: string) => string> = {
  participation_opinion: (id) => `/participation/opinions/${id}`,
  participation_lead: (id) => `/participation/leads/${id}`,
  participation_topic: (id) => `/staff/participation/topics/${id}`,
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const rows = await moderationLog(300);
  return json({ rows: rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString(), link: SUBJECTS[r.subjectType]?.(r.subjectId) ?? null })) });
}

export default function ModerationLog() {
  const { rows } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="log-title">
      <p>
        <Link to="/staff/participation">网络议政</Link>
      </p>
      <h1 id="log-title">审核记录</h1>
      <p>最近 {rows.length} 条。记录只增不改。</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">时间（北京时间）</th>
              <th scope="col">操作人</th>
              <th scope="col">操作</th>
              <th scope="col">对象</th>
              <th scope="col">理由或说明</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{formatDate(r.occurredAt)}</td>
                <td>{r.actorName ?? "系统"}</td>
                <td>{ACTIONS[r.action] ?? r.action}</td>
                <td>{r.link ? <Link to={r.link}>第 {r.subjectId} 号</Link> : `第 ${r.subjectId} 号`}</td>
                <td>{r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
