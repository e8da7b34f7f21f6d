// The header's 待办 badge counts every role's to-dos but leads to one workbench (todoHomeFor):
// a user who is staff and a member must find the member's to-dos listed there as well, so that
// the numbers on the page add up to the badge (otherWorkbenchTodos).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { userRoles, users } from "../../../db/schema";
import { createSession } from "../../auth/session.server";
import { todoHomeFor } from "../../utils/navigation";
import { getUserById } from "../directory/users.server";
import { createProposal, inviteCosigner } from "../loop/proposals.server";

const user = async (username: string) => (await getUserById((await db.select().from(users).where(eq(users.username, username)))[0].id))!;
const BODY = "## 一、完善社区养老服务\n\n由市民政局牵头，建设社区养老服务综合体。";

type Item = { label: string; count: number; to: string };

async function page(route: "root" | "staff" | "member", cookie: string) {
  const { loader } = route === "root" ? await import("../../root") : route === "staff" ? await import("../../routes/staff._index") : await import("../../routes/member._index");
  const res = (await loader({ request: new Request(`http://localhost/${route === "root" ? "" : route}`, { headers: { Cookie: cookie } }), params: {}, context: { ip: "127.0.0.1", cspNonce: "" } })) as Response;
  return res.json() as Promise<Record<string, unknown>>;
}

describe("the header badge and the workbench it leads to", () => {
  it("agree for a user who is staff and a member: /staff lists the member's to-dos too", async () => {
    const staff = await user("staff");
    await db.insert(userRoles).values({ userId: staff.id, role: "member" }).onConflictDoNothing();
    const member = await user("member");
    const p = await createProposal(member, { title: "邀请提案办人员联名的提案", body: BODY, kind: "joint_proposal", year: 2026, onBehalfOfOrganisation: false });
    await inviteCosigner(member, p.id, "staff");
    const cookie = (await createSession(new Request("http://localhost/"), staff.id)).split(";")[0];
    const root = (await page("root", cookie)) as { user: { todos: number; roles: string[] } };
    expect(todoHomeFor(root.user.roles as never)).toBe("/staff");
    const bench = (await page("staff", cookie)) as { todos: Record<string, number>; otherTodos: Item[] };
    expect(bench.otherTodos).toEqual([{ label: "委员工作台的待办", count: 1, to: "/member" }]);
    const listed = Object.values(bench.todos).reduce((n, v) => n + v, 0) + bench.otherTodos.reduce((n, i) => n + i.count, 0);
    expect(listed).toBe(root.user.todos);
    // And the member workbench, in turn, points back to staff's.
    const mine = (await page("member", cookie)) as { todos: Record<string, number>; otherTodos: Item[] };
    expect(mine.todos.cosign).toBe(1);
    expect(mine.otherTodos.map((i) => i.to)).toEqual(["/staff"]);
    expect(mine.otherTodos[0].count + mine.todos.cosign + mine.todos.evaluate).toBe(root.user.todos);
  });
});
