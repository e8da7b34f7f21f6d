// Enum values that forms need as well as the schema, written once. The pgEnum
// and text-enum columns in db/*.schema.ts are built from these lists, and zod
// schemas in routes take them from here rather than from the schema files:
// this module imports nothing, so whatever of it reaches a route's browser
// bundle can never drag drizzle and the table definitions along (decision 015).

/** 满意 / 基本满意 / 不满意: a proposer's evaluation of a reply (attitude and result). */
export const SATISFACTION_VALUES = ["satisfied", "basically_satisfied", "unsatisfied"] as const;
export type Satisfaction = (typeof SATISFACTION_VALUES)[number];

/** 沟通记录 kinds: progress notes and the ways a department talked with the proposer. */
export const HANDLING_NOTE_KINDS = ["progress", "meeting", "forum", "phone", "letter"] as const;
export type HandlingNoteKind = (typeof HANDLING_NOTE_KINDS)[number];
