// Pieces of the participation pages (网络议政): state badges (words plus
// colour), the support (附议) and follow buttons as plain forms, and plain-text
// paragraphs. Everything works without JavaScript.
import { Form, useLocation, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { LEAD_STATE_LABELS, OPINION_STATE_LABELS, TOPIC_STATE_LABELS } from "~/models/participation/participation-rules";
import type { LeadState, OpinionState, TopicState } from "../../db/participation.schema";

const TOPIC_TONE: Record<TopicState, string> = { draft: "muted", open: "ok", closed: "muted", summarised: "info" };
const OPINION_TONE: Record<OpinionState, string> = { pending: "warn", approved: "ok", rejected: "danger", merged: "muted", withdrawn: "muted", hidden: "danger" };
const LEAD_TONE: Record<LeadState, string> = { pending: "warn", forwarded_member: "info", forwarded_department: "info", drafted: "ok", closed: "muted", withdrawn: "muted" };

export function TopicStateBadge({ state }: { state: TopicState }) {
  return <span className={`badge ${TOPIC_TONE[state]}`}>{TOPIC_STATE_LABELS[state]}</span>;
}
export function OpinionStateBadge({ state }: { state: OpinionState }) {
  return <span className={`badge ${OPINION_TONE[state]}`}>{OPINION_STATE_LABELS[state]}</span>;
}
export function LeadStateBadge({ state }: { state: LeadState }) {
  return <span className={`badge ${LEAD_TONE[state]}`}>{LEAD_STATE_LABELS[state]}</span>;
}
export function MemberMark({ asMember }: { asMember: boolean }) {
  return asMember ? <span className="badge member-mark">委员</span> : null;
}

/** Plain text with blank-line paragraphs, as written (no markup). */
export function Paragraphs({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className ?? "plain-text"}>
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i}>
          {p.split("\n").map((line, j) => (
            <span key={j}>
              {j ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}

export interface SupportView {
  subject: "opinion" | "recommendation" | "proposal";
  id: number;
  count: number;
  supported: boolean;
  signedIn: boolean;
}

/**
 * 附议 N: a button for signed-in users (posting to /participation/support and
 * coming back here), a login link for visitors, the bare count when `allowed`
 * is false (own item, collection over).
 */
export function SupportButton({ support, allowed = true, label = "附议" }: { support: SupportView; allowed?: boolean; label?: string }) {
  const location = useLocation();
  const back = `${location.pathname}${location.search}`;
  const count = (
    <span className="support-count" data-testid={`supports-${support.subject}-${support.id}`}>
      {support.count} 人{label}
    </span>
  );
  if (!support.signedIn) {
    return (
      <span className="support" id={`s-${support.subject}-${support.id}`}>
        {count} <Link to={`/login?redirectTo=${encodeURIComponent(back)}`}>登录后{label}</Link>
      </span>
    );
  }
  if (!allowed && !support.supported) return <span className="support">{count}</span>;
  return (
    <Form method="post" action="/participation/support" className="support inline-form" id={`s-${support.subject}-${support.id}`}>
      <input type="hidden" name="subject" value={support.subject} />
      <input type="hidden" name="id" value={support.id} />
      <input type="hidden" name="redirectTo" value={back} />
      {count}{" "}
      {support.supported ? (
        <button type="submit" name="op" value="remove" className="link-button" disabled={!allowed} aria-label={`取消${label}`}>
          已{label}（取消）
        </button>
      ) : (
        <button type="submit" name="op" value="add" className="secondary">
          {label}
        </button>
      )}
    </Form>
  );
}

/** The message /participation/support sends back when a support was refused. */
export function SupportNotice() {
  const [params] = useSearchParams();
  const error = params.get("supportError");
  if (error) return <p className="form-error" role="alert">{error.slice(0, 200)}</p>;
  return null;
}

export function FollowButton({ following, label }: { following: boolean; label: string }) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="follow" value={following ? "0" : "1"} />
      <button type="submit" name="intent" value="follow" className="secondary">
        {following ? `取消关注` : label}
      </button>
    </Form>
  );
}

export function formatDate(iso: string | null | undefined, withTime = true) {
  if (!iso) return "";
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString();
  return withTime ? `${d.slice(0, 10)} ${d.slice(11, 16)}` : d.slice(0, 10);
}

/** On a recommendation page: 附议, and the consultation opinions it came from (汇总报告). */
export function RecommendationParticipation({
  support,
  sources,
}: {
  support: SupportView | null;
  sources: { opinionId: number; excerpt: string; url: string; topicId: number; topicTitle: string }[];
}) {
  return (
    <>
      <SupportNotice />
      {support ? (
        <p>
          <SupportButton support={support} />
        </p>
      ) : null}
      {sources.length ? (
        <section aria-labelledby="sources-title">
          <h2 id="sources-title">来源意见</h2>
          <p>这条建议汇总自协商议题<Link to={`/participation/topics/${sources[0].topicId}`}>“{sources[0].topicTitle}”</Link>征集的网民意见：</p>
          <ul>
            {sources.map((s) => (
              <li key={s.opinionId}>
                <Link to={s.url}>
                  意见第 {s.opinionId} 号：{s.excerpt}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** On a document page: which of its recommendations came from which consultation opinions. */
export function DocumentOpinionSources({
  sources,
}: {
  sources: { id: number; title: string; path: string; opinions: { opinionId: number; excerpt: string; url: string; topicId: number; topicTitle: string }[] }[];
}) {
  if (!sources.length) return null;
  const topic = sources[0].opinions[0];
  return (
    <section aria-labelledby="doc-sources-title">
      <h2 id="doc-sources-title">建议的来源意见</h2>
      <p>
        本报告的建议汇总自协商议题<Link to={`/participation/topics/${topic.topicId}`}>“{topic.topicTitle}”</Link>征集的网民意见：
      </p>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            <Link to={`#r-${s.path.replace(/\./g, "-")}`}>{s.title}</Link> ← 来自
            {s.opinions.map((o, i) => (
              <span key={o.opinionId}>
                {i ? "、" : ""}
                <Link to={o.url}>意见第 {o.opinionId} 号</Link>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** 最受关注 per year on the statistics page: the most supported items of each kind. */
export function MostSupportedTables({ year, top }: { year: number | null; top: { subject: "recommendation" | "proposal" | "opinion"; items: { id: number; title: string; url: string; supports: number; context: string }[] }[] }) {
  const labels = { recommendation: "建议", proposal: "提案", opinion: "网民意见" } as const;
  return (
    <section aria-labelledby="popular-title">
      <h2 id="popular-title">最受关注{year ? `（${year} 年）` : ""}</h2>
      <p>按附议人数排列，每类前 10 项。<Link to={`/participation/popular${year ? `?year=${year}` : ""}`}>查看全部</Link></p>
      {top.map((group) => (
        <div key={group.subject} className="table-scroll">
          <table>
            <caption>{labels[group.subject]}</caption>
            <thead>
              <tr>
                <th scope="col">排名</th>
                <th scope="col">标题</th>
                <th scope="col">出处</th>
                <th scope="col">附议（人）</th>
              </tr>
            </thead>
            <tbody>
              {group.items.length ? (
                group.items.map((r, i) => (
                  <tr key={r.id}>
                    <td>{i + 1}</td>
                    <td>
                      <Link to={r.url}>{r.title}</Link>
                    </td>
                    <td>{r.context}</td>
                    <td>{r.supports}</td>
                  </tr>
                ))
              ) : (
                <tr>
                  <td colSpan={4}>暂无附议</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      ))}
      <p className="export-links">
        下载本年度最受关注：<a href={`/exports/most-supported.csv${year ? `?year=${year}` : ""}`}>CSV</a> <a href={`/exports/most-supported.xlsx${year ? `?year=${year}` : ""}`}>XLSX</a>
      </p>
    </section>
  );
}
