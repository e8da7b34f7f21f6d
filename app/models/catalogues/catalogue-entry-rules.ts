// The life of a disclosure entry (公开信息) as data: draft → pending review →
// published, or returned and resubmitted; a published entry is corrected by a
// new draft (revision n+1) whose publication supersedes it. Review is by a
// second person (四眼原则): never the entry's drafter or submitter.
// catalogue-entries.server.ts, catalogue-entry-review.server.ts,
// catalogue-entry-attachments.server.ts and catalogue-feedback.server.ts check
// every action here; the entry page's `can` map is computed from it.
// Pure: no I/O.
import { catalogueEntryStatusEnum, type CatalogueEntryStatus } from "../../../db/catalogues.schema";
import type { Rule } from "../platform/state-table";

/** `new`: the entry does not exist yet (create). */
export type EntryState = "new" | CatalogueEntryStatus;

export const ENTRY_STATES: readonly EntryState[] = ["new", ...catalogueEntryStatusEnum.enumValues];

/**
 * The actor's relations to an entry: `responsible` (the responsible department's
 * or organisation's people), `staff` (信息公开工作人员, admins included),
 * `drafter` (who wrote or submitted this entry), `signed_in` (anyone with an
 * account), `system` (the application itself).
 */
export type EntryActor = "responsible" | "staff" | "drafter" | "signed_in" | "system";

export type EntryAction =
  | "create"
  | "edit"
  | "attach"
  | "detach"
  | "submit"
  | "discard"
  | "approve"
  | "return"
  | "correct"
  | "supersede"
  | "ask";

/** Entries the public may read; feedback is taken on them. */
export const PUBLIC_STATUSES: CatalogueEntryStatus[] = ["published", "superseded"];
/** Entries their authors may still change. */
export const EDITABLE: CatalogueEntryStatus[] = ["draft", "returned"];

const AUTHORS: EntryActor[] = ["responsible", "staff"];
const NOT_AUTHOR = { message: "只有该事项的责任单位或信息公开工作人员可以编辑", code: "forbidden" } as const;
const NOT_PENDING = { message: "该信息不在待审核状态", code: "conflict" } as const;
const REVIEW_REFUSALS = {
  actor: { message: "您不能审核该事项的信息", code: "forbidden" },
  notBy: { message: "不能审核自己起草或提交的信息，须由另一位工作人员审核", code: "forbidden" },
  state: NOT_PENDING,
} as const;

export const ENTRY_RULES: Record<EntryAction, Rule<EntryState, EntryActor>> = {
  create: { from: ["new"], to: "draft", actors: AUTHORS, label: "新建", refuse: { actor: NOT_AUTHOR, state: { message: "公开信息已存在", code: "conflict" } } },
  edit: {
    from: EDITABLE,
    to: null,
    actors: AUTHORS,
    label: "修改",
    refuse: { actor: NOT_AUTHOR, state: { message: "只有草稿或被退回的信息可以修改；已发布的信息请发起更正", code: "conflict" } },
  },
  attach: {
    from: EDITABLE,
    to: null,
    actors: AUTHORS,
    label: "添加附件",
    refuse: { actor: NOT_AUTHOR, state: { message: "只有草稿或被退回的信息可以添加附件", code: "conflict", field: "file" } },
  },
  detach: {
    from: EDITABLE,
    to: null,
    actors: AUTHORS,
    label: "删除附件",
    refuse: { actor: NOT_AUTHOR, state: { message: "已提交或已发布信息的附件不能删除", code: "conflict" } },
  },
  submit: {
    from: EDITABLE,
    to: "pending_review",
    actors: AUTHORS,
    label: "提交审核",
    refuse: { actor: NOT_AUTHOR, state: { message: "该信息不是草稿，不能提交审核", code: "conflict" } },
  },
  discard: {
    from: EDITABLE,
    to: null, // the row is deleted
    actors: AUTHORS,
    label: "删除草稿",
    refuse: { actor: NOT_AUTHOR, state: { message: "只有草稿或被退回的信息可以删除", code: "conflict" } },
  },
  approve: {
    from: ["pending_review"],
    to: "published",
    actors: AUTHORS,
    notBy: ["drafter"],
    label: "审核通过并发布",
    refuse: REVIEW_REFUSALS,
    order: ["state", "actor", "notBy"],
  },
  return: {
    from: ["pending_review"],
    to: "returned",
    actors: AUTHORS,
    notBy: ["drafter"],
    label: "退回修改",
    refuse: REVIEW_REFUSALS,
    order: ["state", "actor", "notBy"],
  },
  // The entry stays published; a new draft (revision n+1) is created.
  correct: {
    from: ["published"],
    to: null,
    actors: AUTHORS,
    label: "发起更正",
    refuse: { actor: NOT_AUTHOR, state: { message: "只有当前发布的信息可以更正", code: "conflict" } },
  },
  // When its correction is approved.
  supersede: {
    from: ["published"],
    to: "superseded",
    actors: ["system"],
    label: "标为已被更正",
    refuse: { actor: { message: "只有系统可以标记已被更正", code: "forbidden" }, state: { message: "被更正的信息已不是发布状态", code: "conflict" } },
  },
  // 双通道反馈: a question or an error report (see catalogue-feedback-rules.ts for what follows).
  ask: {
    from: PUBLIC_STATUSES,
    to: null,
    actors: ["signed_in"],
    label: "提问或纠错",
    refuse: { actor: { message: "请先登录", code: "forbidden" }, state: { message: "只能对已发布的信息提出反馈", code: "invalid" } },
  },
};
