// Signed-in benchmark requests: real sessions (rows in the sessions table,
// exactly what a login creates) for a member, a department's handler and a
// staff member, and the pages each of them is measured on.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf, type DatabaseHandle } from "../db/client";
import { sessions } from "../db/schema";

export interface SignedInUrl {
  name: string;
  url: string;
  /** Whose session cookie the request carries. */
  as: "member" | "department" | "staff";
}

/** Fresh sessions (14 days, as a login makes) and the signed-in pages, on this data set. */
export async function benchSessions(handle: DatabaseHandle, anonymous: { name: string; url: string }[]) {
  const [who] = rowsOf<{ member: string; department: string; staff: string; case_no: string }>(
    await handle.db.execute(sql`select
      (select id from users where username = 'bench-member-1') as member,
      (select u.id from users u join assignments a on a.department_id = u.department_id
        where u.username like 'bench-dept-%' group by u.id order by count(*) desc, u.id limit 1) as department,
      (select id from users where username = 'staff') as staff,
      (select case_no from proposals where state = 'closed' order by id limit 1) as case_no`),
  );
  const cookies = {} as Record<SignedInUrl["as"], string>;
  for (const as of ["member", "department", "staff"] as const) {
    const id = randomBytes(20).toString("hex");
    await handle.db.insert(sessions).values({ id, userId: who[as], expiresAt: new Date(Date.now() + 14 * 86_400_000) });
    cookies[as] = `xs_session=${id}`;
  }
  const pick = (name: string) => anonymous.find((u) => u.name === name)!.url;
  const urls: SignedInUrl[] = [
    { name: "home page", url: "/", as: "member" },
    { name: "document page", url: pick("document page"), as: "member" },
    { name: "recommendation page", url: pick("recommendation page"), as: "member" },
    { name: "department page", url: pick("department page"), as: "member" },
    { name: "proposal page", url: `/proposals/${encodeURIComponent(who.case_no)}`, as: "member" },
    { name: "search", url: pick("search"), as: "member" },
    { name: "statistics", url: "/statistics", as: "member" },
    { name: "member workbench", url: "/member", as: "member" },
    { name: "department workbench", url: "/department", as: "department" },
    { name: "staff workbench", url: "/staff", as: "staff" },
  ];
  return { cookies, urls };
}
