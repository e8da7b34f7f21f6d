// Which parts of the cached site an event can change, and which parts each
// cached path reads: the response cache throws away only the pages an event
// touches (issue 16). When unsure, a path reads everything and an event
// touches everything, so a missing entry here costs renders, never staleness.

export const ALL_AREAS = ["documents", "proposals", "studios", "signups", "catalogues", "feedback", "directory", "calendar", "accounts", "participation", "supports", "other"] as const;
export type Area = (typeof ALL_AREAS)[number];

/** Event subject types (events.subject_type) and the areas they change. */
const EVENT_AREAS: Record<string, readonly Area[]> = {
  document: ["documents"],
  recommendation: ["documents"],
  draft: ["documents"],
  proposal: ["proposals"],
  assignment: ["proposals"],
  studio: ["studios"],
  studio_session: ["studios"],
  duty_shift: ["studios"],
  catalogue: ["catalogues"],
  catalogue_entry: ["catalogues"],
  catalogue_item: ["catalogues"],
  // Feedback on a disclosure entry shows on the catalogue pages only, never in search.
  catalogue_feedback: ["feedback"],
  department: ["directory"],
  organisation: ["directory"],
  calendar: ["calendar"],
  api_token: ["accounts"],
  // Public participation (issue 17): topics, opinions and their moderation,
  // leads, follows. Supports of opinions show with the opinions; supports of
  // recommendations and proposals on their own pages and in the rankings.
  participation_topic: ["participation"],
  participation_opinion: ["participation"],
  participation_lead: ["participation"],
  support_opinion: ["participation"],
  support_recommendation: ["supports"],
  support_proposal: ["supports"],
  // The word list only changes how staff see new texts, on private pages.
  moderation_word: ["other"],
};

const ACCOUNT_ONLY = new Set(["user.created", "user.registered", "user.password_reset", "user.password_changed"]);

export function areasOfEvent(subjectType: string, action: string): readonly Area[] {
  // A new account (created by an admin or registered by a visitor) and a password
  // change show on no public page; a renamed or deactivated one may (author names).
  if (subjectType === "user") return ACCOUNT_ONLY.has(action) ? ["accounts"] : ["directory"];
  // Sign-ups change a session's places and lists, not what search shows of it.
  if (subjectType === "studio_session" && action.startsWith("signup.")) return ["signups"];
  return EVENT_AREAS[subjectType] ?? ALL_AREAS;
}

// Every public page shows department and organisation names and dates that
// depend on the working-day calendar (overdue counts).
const BASE: Area[] = ["directory", "calendar"];
const DOCUMENTS: readonly Area[] = [...BASE, "documents", "proposals"];
// A report shows the opinions its recommendations came from (hidden again if
// staff hide one), and recommendations and proposals their supports.
const REPORTS: readonly Area[] = [...DOCUMENTS, "participation", "supports"];
// Topics list their background documents and reports, leads the proposal
// they became, and 最受关注 ranks recommendations and proposals by support.
const PARTICIPATION: readonly Area[] = [...BASE, "participation", "supports", "documents", "proposals"];
const STUDIOS: readonly Area[] = [...BASE, "studios", "signups"];
const CATALOGUES: readonly Area[] = [...BASE, "catalogues", "feedback"];
// Search covers documents, replies, disclosure entries and studio sessions,
// and approved opinions and published topics (issue 17).
const SEARCH: readonly Area[] = [...BASE, "documents", "proposals", "studios", "catalogues", "participation"];

/** Path prefixes (after an optional /api/v1) and what they read. First match wins. */
const PATH_AREAS: [RegExp, readonly Area[]][] = [
  // Home: counts, busiest departments, latest documents and replies, organisations.
  [/^\/$/, DOCUMENTS],
  [/^\/search(?:[/.?]|$)/, SEARCH],
  // A department's page also lists its overdue disclosure items.
  [/^\/departments(?:[/.?]|$)/, [...DOCUMENTS, "catalogues"]],
  [/^\/(?:documents|recommendations|proposals|statistics)(?:[/.?]|$)/, REPORTS],
  [/^\/(?:organisations|replies)(?:[/.?]|$)/, DOCUMENTS],
  [/^\/(?:participation|topics|opinions|leads|supports)(?:[/.?]|$)/, PARTICIPATION],
  [/^\/(?:studios|sessions)(?:[/.?]|$)/, STUDIOS],
  [/^\/catalogues(?:[/.?]|$)/, CATALOGUES],
];

/** The areas a cached GET of this path reads; anything unknown reads them all. */
export function areasOfPath(pathname: string): readonly Area[] {
  const path = pathname.startsWith("/api/v1/") ? pathname.slice("/api/v1".length) : pathname;
  for (const [re, areas] of PATH_AREAS) if (re.test(path)) return areas;
  return ALL_AREAS;
}
