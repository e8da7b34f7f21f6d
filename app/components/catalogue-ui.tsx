import type { ReactNode } from "react";
import { ENTRY_STATUS_LABELS, ENTRY_STATUS_TONES, type EntryStatusKey } from "~/models/catalogues/catalogue-labels";

export interface StatusView {
  active: boolean;
  mode: "proactive" | "on_request";
  scheduled: boolean;
  overdue: boolean;
  daysLate: number;
  dueDate: string | null;
}

/** 逾期 N 天 in red words, or 正常 / 依申请公开 / 已停用 — never colour alone. */
export function ItemStatusBadge({ status }: { status: StatusView }) {
  if (!status.active) return <span className="badge muted">已停用</span>;
  if (status.mode === "on_request") return <span className="badge muted">依申请公开</span>;
  if (status.overdue) return <span className="badge danger status-overdue">逾期 {status.daysLate} 天</span>;
  return <span className="badge ok">正常</span>;
}

export function EntryStatusBadge({ status }: { status: EntryStatusKey }) {
  return <span className={`badge ${ENTRY_STATUS_TONES[status]}`}>{ENTRY_STATUS_LABELS[status]}</span>;
}

export interface DiffPartView {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** Insertions and deletions with words for screen readers, not colour alone. */
export function DiffView({ parts, label }: { parts: DiffPartView[]; label: string }) {
  return (
    <div className="diff" role="group" aria-label={label}>
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i}>
            <span className="visually-hidden">［新增：</span>
            {p.value}
            <span className="visually-hidden">］</span>
          </ins>
        ) : p.removed ? (
          <del key={i}>
            <span className="visually-hidden">［删除：</span>
            {p.value}
            <span className="visually-hidden">］</span>
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </div>
  );
}

// Made once: creating an Intl formatter costs far more than formatting.
const BEIJING_DATE = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" });
const BEIJING_DATE_TIME = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** Dates and times in Beijing time. */
export function formatDateTime(iso: string | null | undefined, withTime = false): string {
  if (!iso) return "—";
  return (withTime ? BEIJING_DATE_TIME : BEIJING_DATE).format(new Date(iso));
}

export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k} style={{ display: "contents" }}>
          <dt>{k}</dt>
          <dd>{v || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
