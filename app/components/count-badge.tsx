// The header's count badges (待办 and unread 消息). On a public page shared by
// every reader with the same roles the counts are placeholders (strings), and
// the response cache fills in each reader's badge on every hit
// (app/utils/shared-pages.server.ts) with `countBadgeMarkup`: the same markup
// as this component renders, so hydration finds what React would have written.

// Read after the link text: "待办 3 项", "消息 2 条未读".
export const COUNT_LABELS = { todos: "项", unread: "条未读" } as const;
export type CountKind = keyof typeof COUNT_LABELS;

const shown = (n: number) => (n > 99 ? "99+" : String(n));

/** A count, or (in a shared render) the placeholder the cache replaces. */
export function CountBadge({ n, kind }: { n: number | string | null; kind: CountKind }) {
  if (typeof n === "string") return <>{n}</>;
  if (!n) return null;
  return (
    <span className="count-badge">
      {shown(n)}
      <span className="visually-hidden">{COUNT_LABELS[kind]}</span>
    </span>
  );
}

/** What CountBadge renders for this count, as HTML ("" for none). */
export function countBadgeMarkup(n: number, kind: CountKind) {
  return n ? `<span class="count-badge">${shown(n)}<span class="visually-hidden">${COUNT_LABELS[kind]}</span></span>` : "";
}
