// Display labels for studios, sessions and sign-ups, shared by server and
// browser code (so not in a *.server.ts file).
export const SESSION_STATUS_LABELS = {
  draft: "草稿",
  published: "报名中",
  closed: "报名截止",
  held: "已举行",
  cancelled: "已取消",
} as const;

export const SESSION_AUDIENCE_LABELS = { members: "仅限委员", public: "委员与公众" } as const;

export const SIGNUP_STATUS_LABELS = { confirmed: "已确认", waitlisted: "候补", cancelled: "已取消" } as const;

export const SWAP_STATUS_LABELS = { pending: "待对方确认", accepted: "已换班", declined: "对方已拒绝", withdrawn: "已撤回" } as const;

export type SessionStatusKey = keyof typeof SESSION_STATUS_LABELS;
