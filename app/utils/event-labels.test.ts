// Bug 6 (issue 15): the audit logs on /staff and /admin showed raw keys such
// as "proposal.cosigned" and "signup.cancelled". Every action the code can
// record must have a Chinese label. The actions are read from the sources, so
// a new event without a label fails here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { supportSubjectEnum } from "../../db/participation.schema";
import { EVENT_ACTION_LABELS, eventActionLabel, eventSubjectLabel } from "./event-labels";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIRS = ["app", "db", "content", "search"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The top-level arguments of each call to `fn(` in the text. */
function callArguments(text: string, fn: string): string[][] {
  const out: string[][] = [];
  for (const match of text.matchAll(new RegExp(`\\b${fn}\\(`, "g"))) {
    const args: string[] = [];
    let depth = 0;
    let quote: string | null = null;
    let current = "";
    for (let i = match.index! + match[0].length; i < text.length; i++) {
      const ch = text[i];
      if (quote) {
        if (ch === quote && text[i - 1] !== "\\") quote = null;
      } else if (ch === '"' || ch === "'" || ch === "`") quote = ch;
      else if ("([{".includes(ch)) depth++;
      else if (")]}".includes(ch)) {
        if (depth === 0) break;
        depth--;
      } else if (ch === "," && depth === 0) {
        args.push(current.trim());
        current = "";
        continue;
      }
      current += ch;
    }
    args.push(current.trim());
    out.push(args);
  }
  return out;
}

// Literals compared against (`decision === "return" ? …`) are not results.
const literals = (expr: string) => [...expr.replace(/[!=]==?\s*"[^"]*"/g, "").matchAll(/"([a-z_]+(?:\.[a-z_]+)?)"/g)].map((m) => m[1]);

// Actions built from a template: how each expands.
const TEMPLATES: Record<string, string[]> = {
  "catalogue_feedback.${decision}": ["catalogue_feedback.approved", "catalogue_feedback.rejected"],
  "catalogue_feedback.answer_${decision}": ["catalogue_feedback.answer_approved", "catalogue_feedback.answer_rejected"],
  // follows.server.ts: FollowSubject is "topic" | "lead".
  "${subjectType}.followed": ["topic.followed", "lead.followed"],
  "${subjectType}.unfollowed": ["topic.unfollowed", "lead.unfollowed"],
  // topics.server.ts move(): publish, close, reopen.
  "topic.${action}": ["topic.publish", "topic.close", "topic.reopen"],
  // setState(t, x, to, actor, action) in leads.server.ts and opinions.server.ts: the action argument.
  "lead.${action}": [],
  "opinion.${action}": [],
};

function recordedActions() {
  const actions = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const file of DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d)))) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\baction:\s*([^\n]+)/g)) {
      for (const lit of literals(m[1])) if (lit.includes(".")) actions.add(lit);
      const template = /^`([^`]+)`/.exec(m[1].trim())?.[1];
      if (template && !["proposal.${action}", "assignment.${action}"].includes(template)) {
        if (TEMPLATES[template]) TEMPLATES[template].forEach((a) => actions.add(a));
        else unknownTemplates.push(`${path.relative(ROOT, file)}: ${template}`);
      }
    }
    // transition(t, p, to, actorId, action…) records `proposal.${action}`.
    for (const args of callArguments(text, "transition")) if (args.length >= 5) literals(args[4]).forEach((a) => actions.add(`proposal.${a}`));
    // setState(t, x, to, actorId, action…) in participation records `lead.${action}` / `opinion.${action}`.
    const stateSubject = /participation\/(leads|opinions)\.server\.ts$/.exec(file)?.[1];
    if (stateSubject) for (const args of callArguments(text, "setState")) if (args.length >= 5) literals(args[4]).forEach((a) => actions.add(`${stateSubject === "leads" ? "lead" : "opinion"}.${a}`));
    // setAssignmentState(t, a, to, actorId, action…) records `assignment.${action}`.
    for (const args of callArguments(text, "setAssignmentState")) if (args.length >= 5) literals(args[4]).forEach((a) => actions.add(`assignment.${a}`));
  }
  return { actions: [...actions].sort(), unknownTemplates };
}

describe("audit log labels", () => {
  const { actions, unknownTemplates } = recordedActions();

  it("finds the recorded actions (the scan works)", () => {
    expect(actions.length).toBeGreaterThan(90);
    expect(actions).toContain("proposal.cosigned");
    expect(actions).toContain("proposal.returned");
    expect(actions).toContain("assignment.co_opinion_sent");
    expect(actions).toContain("catalogue_feedback.answer_rejected");
    expect(unknownTemplates, "teach this test how the template expands").toEqual([]);
  });

  it("gives every action a Chinese label", () => {
    const missing = actions.filter((a) => !EVENT_ACTION_LABELS[a]);
    expect(missing).toEqual([]);
    for (const a of actions) expect(eventActionLabel(a)).toMatch(/[\u4e00-\u9fff]/);
  });

  it("names what was supported: 附议 of an opinion read 其他：编号 1 on the staff workbench", () => {
    // supports.server.ts records the subject as `support_${subject}`.
    for (const subject of supportSubjectEnum.enumValues) expect(eventSubjectLabel(`support_${subject}`)).not.toBe("其他");
  });

  it("still reads as Chinese for an action newer than the table", () => {
    expect(eventActionLabel("proposal.something_new")).toBe("提案的其他操作");
    expect(eventActionLabel("unknown")).toBe("其他操作");
  });
});
