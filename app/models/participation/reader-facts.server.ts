// What a public page shows about the person reading it beyond their name and
// roles. The proposal page shows whether the reader follows the proposal (关注),
// supports it (附议) and whether it is their own (no 附议 button then); a
// recommendation's page whether they support it. The response cache keeps one
// copy of such a page per set of roles *and* these facts (page-cache.server.ts),
// so a signed-in reader is served from memory after one session read and this
// one query, while the loader stays the single place the page is built from.
// Whatever else these loaders read about the user must be added here
// (tests/personal-pages.db.test.ts compares shared copies with fresh renders).
import { sql } from "drizzle-orm";
import { db, rowsOf } from "../../../db/client";

const PROPOSAL = /^\/proposals\/(\d{4}-\d{4})$/;
const RECOMMENDATION = /^\/recommendations\/(\d{1,9})$/;

/** Is this a public page whose content depends on a few facts about its reader? */
export function hasReaderFacts(pathname: string) {
  return PROPOSAL.test(pathname) || RECOMMENDATION.test(pathname);
}

/** The facts as a short key ("a0f1s0"), or "-" when the item does not exist (the page is a 404, never stored). */
export async function readerFactsOf(pathname: string, userId: string): Promise<string | null> {
  const proposal = PROPOSAL.exec(pathname);
  if (proposal) {
    const [row] = rowsOf<{ a: boolean; f: boolean; s: boolean }>(
      await db.execute(sql`select p.author_id = ${userId} as a,
          exists (select 1 from follows f where f.proposal_id = p.id and f.user_id = ${userId}) as f,
          exists (select 1 from supports s where s.subject_type = 'proposal' and s.subject_id = p.id and s.user_id = ${userId}) as s
        from proposals p where p.case_no = ${proposal[1]}`),
    );
    return row ? `a${+row.a}f${+row.f}s${+row.s}` : "-";
  }
  const recommendation = RECOMMENDATION.exec(pathname);
  if (recommendation) {
    const [row] = rowsOf<{ s: boolean }>(
      await db.execute(sql`select exists (select 1 from supports s where s.subject_type = 'recommendation'
          and s.subject_id = ${Number(recommendation[1])} and s.user_id = ${userId}) as s`),
    );
    return `s${+row.s}`;
  }
  return null;
}
