// A steady trickle of writes while pages are measured (issue 16, goal 2):
// `perSecond` domain actions a second, each recording an event, from this
// process (so the app learns of them the way another app server's writes
// reach it: through the events table). Public visitors sign up for a studio
// session and cancel, and new visitors register — what a portal sees all day.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf, setDatabase, type DatabaseHandle } from "../db/client";
import { cancelSignup, signUp } from "../app/models/studios/session-signups.server";
import { createUser, getUserById } from "../app/models/directory/users.server";

export async function startWriter(handle: DatabaseHandle, perSecond: number) {
  setDatabase(handle);
  const [target] = rowsOf<{ id: number }>(
    await handle.db.execute(sql`select id from studio_sessions where starts_at > now() + interval '2 days' and status = 'published' and audience = 'public' order by starts_at limit 1`),
  );
  if (!target) throw new Error("bench writer: no upcoming public studio session in the data set");
  const people: NonNullable<Awaited<ReturnType<typeof getUserById>>>[] = [];
  for (let i = 0; i < 4; i++) {
    const u = await createUser({ username: `bench-visitor-${randomBytes(4).toString("hex")}`, displayName: `访客${i + 1}`, password: "bench-visitor-password-1", roles: ["public"] }, null);
    people.push((await getUserById(u.id))!);
  }
  let written = 0;
  let failed = 0;
  let step = 0;
  const tick = async () => {
    const n = step++;
    try {
      if (n % 5 === 4) {
        await createUser({ username: `bench-visitor-${randomBytes(5).toString("hex")}`, displayName: "新访客", password: "bench-visitor-password-1", roles: ["public"] }, null);
      } else {
        const person = people[n % people.length];
        // Each person alternates: sign up, then cancel.
        if (Math.floor(n / people.length) % 2 === 0) await signUp(target.id, person);
        else await cancelSignup(target.id, person);
      }
      written++;
    } catch {
      failed++;
    }
  };
  const timer = setInterval(() => void tick(), 1000 / perSecond);
  const started = Date.now();
  return {
    async stop() {
      clearInterval(timer);
      await new Promise((r) => setTimeout(r, 300));
      return { written, failed, perSecond: written / ((Date.now() - started) / 1000) };
    },
  };
}
