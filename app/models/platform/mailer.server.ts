// Sends the mail outbox through SMTP (nodemailer) when SMTP_URL is set. Rows
// are claimed with FOR UPDATE SKIP LOCKED, so several app servers can drain
// the same outbox without sending a mail twice; failures are retried.
import { and, asc, eq, isNull, lt, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "../../../db/client";
import { mailOutbox } from "../../../db/notifications.schema";
import { log } from "../../utils/log.server";

export const MAX_ATTEMPTS = 5;

export function transportFromUrl(url: string): Transporter {
  return nodemailer.createTransport(url);
}

/** Send up to `batch` pending mails; returns how many were sent. */
export async function drainOutbox(transport: Transporter, from = process.env.MAIL_FROM ?? "协商平台 <noreply@xieshang.local>", batch = 20) {
  let sent = 0;
  for (let i = 0; i < batch; i++) {
    const done = await db.transaction(async (t) => {
      const [mail] = await t
        .select()
        .from(mailOutbox)
        .where(and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, MAX_ATTEMPTS)))
        .orderBy(asc(mailOutbox.id))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!mail) return null;
      try {
        await transport.sendMail({ from, to: mail.toAddress, subject: mail.subject, text: mail.body });
        await t.update(mailOutbox).set({ sentAt: new Date(), attempts: sql`${mailOutbox.attempts} + 1`, lastError: null }).where(eq(mailOutbox.id, mail.id));
        return true;
      } catch (error) {
        await t
          .update(mailOutbox)
          .set({ attempts: sql`${mailOutbox.attempts} + 1`, lastError: String(error instanceof Error ? error.message : error).slice(0, 500) })
          .where(eq(mailOutbox.id, mail.id));
        log("error", "mail not sent", { id: mail.id, error: String(error) });
        return false;
      }
    });
    if (done === null) break;
    if (done) sent++;
  }
  return sent;
}

let timer: NodeJS.Timeout | null = null;

/** Started by the server when SMTP_URL is set. */
export function startMailer(url: string, everyMs = 10_000) {
  if (timer) return;
  const transport = transportFromUrl(url);
  timer = setInterval(() => {
    drainOutbox(transport).catch((error) => log("error", "outbox drain failed", { error: String(error) }));
  }, everyMs);
  timer.unref();
}

export function stopMailer() {
  if (timer) clearInterval(timer);
  timer = null;
}
