import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "./password.server";

describe("passwords", () => {
  it("hashes with argon2id and verifies", async () => {
    const hash = await hashPassword("correct horse 42");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "correct horse 42")).toBe(true);
    expect(await verifyPassword(hash, "correct horse 43")).toBe(false);
  });
  it("never accepts a malformed stored hash", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
  it("explains weak passwords in Chinese", () => {
    expect(passwordProblem("short1")).toBe("密码至少 10 个字符");
    expect(passwordProblem("onlyletters")).toBe("密码须同时包含字母和数字");
    expect(passwordProblem("Xieshang2026")).toBeNull();
  });
});
