// The three participation workflows as data, in the style of the proposal
// loop's loop-rules.ts: which action moves a topic, an opinion or a lead from
// which states to which, and who may take it. Domain functions check every
// action here first (so a refusal always says why), and loaders build their
// `can` maps from the same tables, so pages never restate a rule. Pure.
import type { LeadState, OpinionState, TopicState } from "../../../db/participation.schema";

/** The viewer's relation to the item, not just their account role. */
export type ParticipationActor =
  | "staff" // 工作人员 (staff or admin)
  | "author" // who wrote the opinion or sent the lead
  | "signed_in" // any signed-in account
  | "member" // 政协委员
  | "assignee" // the member a lead was forwarded to
  | "department" // a user of the department a lead was forwarded to
  | "public";

interface Rule<S extends string> {
  from: S[];
  /** null: the state does not change (edit, post, support…). */
  to: S | null;
  actors: ParticipationActor[];
  label: string;
}

export type TopicAction = "edit" | "publish" | "close" | "reopen" | "post_opinion" | "support_opinion" | "follow" | "export" | "summarise";

export const TOPIC_RULES: Record<TopicAction, Rule<TopicState>> = {
  edit: { from: ["draft", "open", "closed"], to: null, actors: ["staff"], label: "修改议题" },
  publish: { from: ["draft"], to: "open", actors: ["staff"], label: "发布议题" },
  close: { from: ["open"], to: "closed", actors: ["staff"], label: "结束征集" },
  reopen: { from: ["closed"], to: "open", actors: ["staff"], label: "重新开放征集" },
  // Posting also needs the period to be running (checked with the clock, see topicRefusal).
  post_opinion: { from: ["open"], to: null, actors: ["signed_in"], label: "发表意见" },
  // Support counts are frozen when the collection ends, so the summary reads a settled number.
  support_opinion: { from: ["open"], to: null, actors: ["signed_in"], label: "附议意见" },
  follow: { from: ["open", "closed", "summarised"], to: null, actors: ["signed_in"], label: "关注议题" },
  export: { from: ["open", "closed", "summarised"], to: null, actors: ["staff"], label: "导出意见" },
  summarise: { from: ["closed", "summarised"], to: "summarised", actors: ["staff"], label: "生成汇总报告草稿" },
};

export type OpinionAction = "withdraw" | "approve" | "reject" | "merge" | "hide" | "support";

export const OPINION_RULES: Record<OpinionAction, Rule<OpinionState>> = {
  withdraw: { from: ["pending"], to: "withdrawn", actors: ["author"], label: "撤回意见" },
  approve: { from: ["pending"], to: "approved", actors: ["staff"], label: "审核通过" },
  reject: { from: ["pending"], to: "rejected", actors: ["staff"], label: "不予通过" },
  merge: { from: ["pending"], to: "merged", actors: ["staff"], label: "合并到相同意见" },
  hide: { from: ["approved"], to: "hidden", actors: ["staff"], label: "撤下公开意见" },
  // Not one's own: checked by the domain with the author (supportRefusal).
  support: { from: ["approved"], to: null, actors: ["signed_in"], label: "附议" },
};

export type LeadAction = "withdraw" | "forward_member" | "forward_department" | "close" | "decline" | "start_draft" | "follow";

export const LEAD_RULES: Record<LeadAction, Rule<LeadState>> = {
  withdraw: { from: ["pending"], to: "withdrawn", actors: ["author"], label: "撤回线索" },
  forward_member: { from: ["pending"], to: "forwarded_member", actors: ["staff"], label: "转交委员" },
  forward_department: { from: ["pending"], to: "forwarded_department", actors: ["staff"], label: "作为社情民意转交承办单位" },
  close: { from: ["pending", "forwarded_member"], to: "closed", actors: ["staff"], label: "办结（不予采用）" },
  // The member gives it back to staff, saying why.
  decline: { from: ["forwarded_member"], to: "pending", actors: ["assignee"], label: "退回工作人员" },
  start_draft: { from: ["forwarded_member"], to: "drafted", actors: ["assignee"], label: "据此起草提案" },
  follow: { from: ["pending", "forwarded_member", "forwarded_department", "drafted", "closed"], to: null, actors: ["signed_in"], label: "关注线索" },
};

export const TOPIC_STATE_LABELS: Record<TopicState, string> = {
  draft: "草稿",
  open: "征集中",
  closed: "已截止",
  summarised: "已汇总",
};

export const OPINION_STATE_LABELS: Record<OpinionState, string> = {
  pending: "待审核",
  approved: "已公开",
  rejected: "未通过",
  merged: "已合并",
  withdrawn: "已撤回",
  hidden: "已撤下",
};

export const LEAD_STATE_LABELS: Record<LeadState, string> = {
  pending: "待处理",
  forwarded_member: "已转交委员",
  forwarded_department: "已转承办单位",
  drafted: "已形成提案草稿",
  closed: "已办结",
  withdrawn: "已撤回",
};

const ACTOR_LABELS: Record<ParticipationActor, string> = {
  staff: "工作人员",
  author: "作者本人",
  signed_in: "登录用户",
  member: "政协委员",
  assignee: "受托委员",
  department: "承办单位",
  public: "公众",
};

function refusalOf<S extends string>(rule: Rule<S>, state: S, actors: ParticipationActor[], what: string, labels: Record<S, string>): string | null {
  if (!rule.actors.some((a) => actors.includes(a))) {
    return actors.includes("signed_in") || !rule.actors.includes("signed_in")
      ? `只有${rule.actors.map((a) => ACTOR_LABELS[a]).join("或")}可以${rule.label}`
      : `请先登录再${rule.label}`;
  }
  if (!rule.from.includes(state)) return `${what}当前为“${labels[state]}”，不能${rule.label}`;
  return null;
}

/** Whether the refusal is about who (403) rather than when (409). */
export function isActorRefusal(rule: { actors: ParticipationActor[] }, actors: ParticipationActor[]) {
  return !rule.actors.some((a) => actors.includes(a));
}

/** The collection period, for posting: before it opens or after it closes nobody posts. */
export function periodRefusal(topic: { opensAt: Date; closesAt: Date }, now: Date): string | null {
  if (now < topic.opensAt) return "意见征集尚未开始";
  if (now >= topic.closesAt) return "意见征集已截止";
  return null;
}

export function topicRefusal(action: TopicAction, topic: { state: TopicState; opensAt: Date; closesAt: Date }, actors: ParticipationActor[], now = new Date()) {
  const reason = refusalOf(TOPIC_RULES[action], topic.state, actors, "议题", TOPIC_STATE_LABELS);
  if (reason || action !== "post_opinion") return reason;
  return periodRefusal(topic, now);
}

export function opinionRefusal(action: OpinionAction, state: OpinionState, actors: ParticipationActor[]) {
  const reason = refusalOf(OPINION_RULES[action], state, actors, "意见", OPINION_STATE_LABELS);
  if (reason || action !== "support") return reason;
  if (actors.includes("author")) return "不能附议自己的意见";
  return null;
}

export function leadRefusal(action: LeadAction, state: LeadState, actors: ParticipationActor[]) {
  return refusalOf(LEAD_RULES[action], state, actors, "线索", LEAD_STATE_LABELS);
}

/** A `can` map for a page: every action of the table, allowed or not, for these actors. */
export function canMap<A extends string>(actions: readonly A[], refusal: (action: A) => string | null): Record<A, boolean> {
  return Object.fromEntries(actions.map((a) => [a, refusal(a) === null])) as Record<A, boolean>;
}

export const TOPIC_ACTIONS = Object.keys(TOPIC_RULES) as TopicAction[];
export const OPINION_ACTIONS = Object.keys(OPINION_RULES) as OpinionAction[];
export const LEAD_ACTIONS = Object.keys(LEAD_RULES) as LeadAction[];

/** Public: what anyone may read. Nothing before moderation, nothing taken down. */
export const PUBLIC_TOPIC_STATES: TopicState[] = ["open", "closed", "summarised"];
export const PUBLIC_OPINION_STATES: OpinionState[] = ["approved"];
/** A lead is public only when the citizen consented, staff published it, and it went somewhere. */
export const PUBLIC_LEAD_STATES: LeadState[] = ["forwarded_member", "forwarded_department", "drafted", "closed"];
