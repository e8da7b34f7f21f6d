// Display labels for disclosure catalogues, shared by server and browser code
// (so not in a *.server.ts file, which client bundles drop).
export const FREQUENCY_LABELS = {
  as_needed: "随时",
  monthly: "每月",
  quarterly: "每季度",
  half_yearly: "每半年",
  yearly: "每年",
  event: "事项发生后限期",
} as const;
export type FrequencyKey = keyof typeof FREQUENCY_LABELS;

export const MODE_LABELS = { proactive: "主动公开", on_request: "依申请公开" } as const;

export const SOURCE_LABELS = { manual: "人工发布", proposal_replies: "提案答复自动公开" } as const;

export const ENTRY_STATUS_LABELS = {
  draft: "草稿",
  pending_review: "待审核",
  returned: "已退回",
  published: "已发布",
  superseded: "已被更正",
} as const;
export type EntryStatusKey = keyof typeof ENTRY_STATUS_LABELS;

/** Badge colour class beside the status word (never colour alone). */
export const ENTRY_STATUS_TONES: Record<EntryStatusKey, string> = {
  draft: "muted",
  pending_review: "warn",
  returned: "danger",
  published: "ok",
  superseded: "muted",
};

export const FEEDBACK_KIND_LABELS = { question: "提问", error_report: "纠错" } as const;

export const MODERATION_LABELS = { pending: "待审核", approved: "已公开", rejected: "未通过" } as const;

/** A frequency as a catalogue writes it: 每季度, or 事项发生后 5 个工作日内. */
export function frequencyText(frequency: FrequencyKey, frequencyDays: number | null): string {
  if (frequency === "event") return `事项发生后 ${frequencyDays ?? 20} 个工作日内`;
  return FREQUENCY_LABELS[frequency];
}

/** yyyy-mm-dd → 2026年3月5日 */
export function formatDay(day: string | null | undefined): string {
  if (!day) return "—";
  const [y, m, d] = day.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

export function formatPeriod(start: string | null, end: string | null): string {
  if (!start && !end) return "—";
  if (start === end) return formatDay(start);
  return `${formatDay(start)} 至 ${formatDay(end)}`;
}
