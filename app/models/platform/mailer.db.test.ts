// The outbox is sent to a real SMTP server (smtp-server on loopback).
import { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { mailOutbox } from "../../../db/notifications.schema";
import { drainOutbox, transportFromUrl } from "./mailer.server";

const received: { to: string; data: string }[] = [];
let server: SMTPServer;
let port = 0;
let refuse = false;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onRcptTo(address, _session, cb) {
      if (refuse) return cb(new Error("mailbox unavailable"));
      cb();
    },
    onData(stream, session, cb) {
      let data = "";
      stream.on("data", (c: Buffer) => (data += c.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo[0]?.address ?? "", data });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("mail outbox", () => {
  it("sends pending mail once and marks it sent", async () => {
    await db.insert(mailOutbox).values([
      { toAddress: "wang@example.org", subject: "【协商】提案已立案", body: "案号 2026-0001" },
      { toAddress: "chen@example.org", subject: "【协商】答复已公开", body: "请评价" },
    ]);
    const transport = transportFromUrl(`smtp://127.0.0.1:${port}?tls.rejectUnauthorized=false`);
    expect(await drainOutbox(transport)).toBe(2);
    expect(await drainOutbox(transport)).toBe(0);
    expect(received.map((r) => r.to).sort()).toEqual(["chen@example.org", "wang@example.org"]);
    expect(received[0].data).toContain("Subject:");
    const rows = await db.select().from(mailOutbox);
    expect(rows.every((r) => r.sentAt !== null && r.attempts === 1)).toBe(true);
  });

  it("keeps a mail for retry when the server refuses it", async () => {
    const [row] = await db.insert(mailOutbox).values({ toAddress: "li@example.org", subject: "重试", body: "x" }).returning();
    refuse = true;
    const transport = transportFromUrl(`smtp://127.0.0.1:${port}`);
    expect(await drainOutbox(transport, undefined, 1)).toBe(0);
    let [after] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, row.id));
    expect(after.sentAt).toBeNull();
    expect(after.attempts).toBe(1);
    expect(after.lastError).toContain("mailbox unavailable");
    refuse = false;
    expect(await drainOutbox(transport)).toBe(1);
    [after] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, row.id));
    expect(after.sentAt).not.toBeNull();
  });
});
