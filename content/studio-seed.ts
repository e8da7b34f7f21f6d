// Seed step for member studios: the sample studios of content/studios/studios.yaml
// with their sessions (dates relative to the day of seeding, so a fresh install
// always has upcoming sessions), a held session with minutes and 社情民意, and a
// few weeks of duty rota. Runs only when the studios table is empty.
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { organisations, users } from "../db/schema";
import { dutyShifts, sessionOpinions, studioSessions, studios } from "../db/studios.schema";
import { recordEvent } from "../app/models/platform/events.server";
import { createStudio } from "../app/models/studios/studio-admin.server";
import { nextReceptions, parseSchedule } from "../app/models/studios/reception-schedule";
import { parseBeijingLocal, toBeijingLocal } from "../app/utils/beijing-time";
import { loadStudios } from "./studios";

const DAY = 24 * 60 * 60 * 1000;

/** YAML block text → paragraphs: single line breaks inside Chinese text are joined. */
const prose = (text: string) => text.trim().replace(/\n(?!\n)/g, "");

/** Beijing-time day `days` from `today`, at "HH:MM". */
function at(today: Date, days: number, time: string) {
  const date = toBeijingLocal(new Date(today.getTime() + days * DAY)).slice(0, 10);
  return parseBeijingLocal(`${date}T${time}`)!;
}

export async function seedStudios(db: Db, today = new Date()) {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(studios);
  if (n > 0) return 0;
  const entries = loadStudios();
  return db.transaction(async (t) => {
    const names = [...new Set(entries.flatMap((e) => [...e.members, ...(e.lead ? [e.lead] : [])]))];
    const people = names.length ? await t.select({ id: users.id, username: users.username }).from(users).where(inArray(users.username, names)) : [];
    const idOf = (username: string) => people.find((p) => p.username === username)?.id;
    for (const entry of entries) {
      const [sector] = entry.sector ? await t.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, entry.sector)) : [];
      if (entry.sector && !sector) throw new Error(`studios.yaml: ${entry.slug}: no organisation ${entry.sector}`);
      const memberIds = entry.members.map(idOf).filter((id): id is string => !!id);
      const studio = await createStudio(
        {
          slug: entry.slug,
          name: entry.name,
          district: entry.district,
          street: entry.street,
          community: entry.community,
          address: entry.address,
          sectorId: sector?.id ?? null,
          description: prose(entry.description),
          openingHours: entry.opening_hours,
          contactPhone: entry.contact_phone,
          leadId: (entry.lead && idOf(entry.lead)) || null,
          memberIds,
        },
        null,
        t,
      );
      for (const s of entry.sessions) {
        const startsAt = at(today, s.in_days, s.time);
        const endsAt = new Date(startsAt.getTime() + s.minutes * 60 * 1000);
        const held = s.status === "held";
        const [row] = await t
          .insert(studioSessions)
          .values({
            studioId: studio.id,
            topic: s.topic,
            description: prose(s.description),
            startsAt,
            endsAt,
            place: s.place,
            capacity: s.capacity,
            reservedForMembers: s.reserved_for_members,
            audience: s.audience,
            signupClosesAt: s.closes_days_before ? new Date(startsAt.getTime() - s.closes_days_before * DAY) : null,
            status: s.status,
            publishedAt: held ? new Date(startsAt.getTime() - 14 * DAY) : today,
            heldAt: held ? endsAt : null,
            minutes: prose(s.minutes_text ?? ""),
          })
          .returning();
        await recordEvent(t, {
          actorId: null,
          subjectType: "studio_session",
          subjectId: row.id,
          action: held ? "session.held" : "session.published",
          toState: s.status,
          note: "示例数据",
        });
        if (s.opinions.length) {
          await t.insert(sessionOpinions).values(
            s.opinions.map((o) => ({ sessionId: row.id, title: o.title, body: prose(o.body), raisedBy: o.raised_by })),
          );
        }
      }
      // The next four reception days of the stated hours, members taking turns,
      // so the rota and the 接待时间 the studio states agree.
      const rule = parseSchedule(entry.opening_hours);
      if (!rule) throw new Error(`studios.yaml: ${entry.slug}: opening_hours "${entry.opening_hours}" is not a reception rule such as 每周三 14:00–17:00`);
      const receptions = memberIds.length ? nextReceptions(rule, today, 4) : [];
      for (const [i, r] of receptions.entries()) {
        await t.insert(dutyShifts).values({ studioId: studio.id, memberId: memberIds[i % memberIds.length], startsAt: r.startsAt, endsAt: r.endsAt, note: "接待日" });
      }
    }
    return entries.length;
  });
}
