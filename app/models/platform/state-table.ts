// State tables (状态表): a workflow's rules as data — which action may start
// from which states, where it leads, who may take it — so that the domain
// function that does it and the loader that offers it read the same rule.
// Each workflow writes its table in its domain folder (*-rules.ts) with its
// own refusals, in Chinese, exactly as users and API clients see them.
//
// A rule has up to four checks: the actor (one of `actors`), separation of
// duties (none of `notBy`, e.g. not the entry's drafter), the state of the
// thing it belongs to (`within`: the session of a sign-up, the question of an
// answer) and the state (`from`). Domain functions run them in their rule's
// `order` (the order they have always answered in); loaders only ask whether
// all pass, so pages never restate a rule.
// Pure: no I/O.
import { DomainError } from "../../utils/errors";

export interface Refusal {
  message: string;
  code: DomainError["code"];
  /** The form field the message belongs beside, if any. */
  field?: string;
}

type RefusalFor<S> = Refusal | ((state: S) => Refusal);

export type Check = "actor" | "notBy" | "within" | "state";

export interface Rule<S extends string, A extends string, W extends string = never> {
  /** The states the action may start from. */
  from: readonly S[];
  /** Where it leads; null when the row keeps its state, or the outcome depends on the input. */
  to: S | null;
  /** Who may take it: any one of these. */
  actors: readonly A[];
  /** Who may not, even when one of `actors` (四眼原则). */
  notBy?: readonly A[];
  /** The states of the parent the action needs (a sign-up's session, an answer's question). */
  within?: readonly W[];
  /** What the action is called (Chinese), for lists and tests. */
  label: string;
  refuse: {
    actor: Refusal;
    state: RefusalFor<S>;
    notBy?: Refusal;
    within?: RefusalFor<W>;
  };
  /** The order in which the domain function answers (default: actor, notBy, within, state). */
  order?: readonly Check[];
}

/** What is known about one attempt: the row's state, the actor's relations to it, the parent's state. */
export interface Facts<S extends string, A extends string, W extends string = never> {
  state?: S;
  actors?: readonly A[];
  within?: W;
}

const DEFAULT_ORDER: readonly Check[] = ["actor", "notBy", "within", "state"];

function resolve<S>(refusal: RefusalFor<S> | undefined, state: S): Refusal {
  if (!refusal) throw new Error("state table: a rule has a check without its refusal");
  return typeof refusal === "function" ? refusal(state) : refusal;
}

function failing<S extends string, A extends string, W extends string>(
  rule: Rule<S, A, W>,
  facts: Facts<S, A, W>,
  check: Check,
): Refusal | null {
  switch (check) {
    case "actor":
      if (!facts.actors) return null;
      return rule.actors.some((a) => facts.actors!.includes(a)) ? null : rule.refuse.actor;
    case "notBy":
      if (!facts.actors || !rule.notBy) return null;
      return rule.notBy.some((a) => facts.actors!.includes(a)) ? (rule.refuse.notBy ?? rule.refuse.actor) : null;
    case "within":
      if (facts.within === undefined || !rule.within) return null;
      return rule.within.includes(facts.within) ? null : resolve(rule.refuse.within, facts.within);
    case "state":
      if (facts.state === undefined) return null;
      return rule.from.includes(facts.state) ? null : resolve(rule.refuse.state, facts.state);
  }
}

/**
 * The first refusal, in the rule's order (or in `checks`, when a domain function
 * interleaves checks of its own), or null when allowed. Facts left out are not
 * checked.
 */
export function refusalOf<S extends string, A extends string, W extends string>(
  rule: Rule<S, A, W>,
  facts: Facts<S, A, W>,
  checks: readonly Check[] = rule.order ?? DEFAULT_ORDER,
): Refusal | null {
  for (const check of checks) {
    const refusal = failing(rule, facts, check);
    if (refusal) return refusal;
  }
  return null;
}

/** Throws the rule's refusal as a DomainError (the form or the API shows it as is). */
export function assertAllowed<S extends string, A extends string, W extends string>(
  rule: Rule<S, A, W>,
  facts: Facts<S, A, W>,
  checks?: readonly Check[],
): void {
  const refusal = refusalOf(rule, facts, checks);
  if (refusal) throw new DomainError(refusal.message, refusal.code, refusal.field);
}

/**
 * Whether this check, and only this one, refuses: lets a page explain, e.g.
 * "you drafted this entry, another person must review it" (only `notBy` fails).
 */
export function refusedOnlyBy<S extends string, A extends string, W extends string>(rule: Rule<S, A, W>, facts: Facts<S, A, W>, check: Check): boolean {
  return DEFAULT_ORDER.every((c) => (failing(rule, facts, c) !== null) === (c === check));
}

/** Whether every check passes: what a loader's `can` map is made of. */
export function allows<S extends string, A extends string, W extends string>(rule: Rule<S, A, W>, facts: Facts<S, A, W>): boolean {
  return refusalOf(rule, facts, DEFAULT_ORDER) === null;
}

/** The `can` map for some actions of a table: action → allowed, from the same facts. */
export function canMap<K extends string, T extends K, S extends string, A extends string, W extends string>(
  table: Record<K, Rule<S, A, W>>,
  actions: readonly T[],
  facts: Facts<S, A, W>,
): Record<T, boolean> {
  return Object.fromEntries(actions.map((a) => [a, allows(table[a], facts)])) as Record<T, boolean>;
}
