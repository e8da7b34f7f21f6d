import { hash, verify } from "@node-rs/argon2";
import commonPasswordList from "fxa-common-password-list";
import { COMMON_PASSWORDS_ZH } from "../../content/security/common-passwords-zh";

// argon2id (the library's default algorithm) with OWASP's recommended minimum
// cost: 19 MiB memory, 2 iterations, 1 lane.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash never logs anyone in.
    return false;
  }
}

// Passwords everyone tries first (ASVS 2.1.7; security review, issue 14, item 15):
// Mozilla's list of 50,000 common passwords (npm fxa-common-password-list, taken
// from the "10 million passwords" top-1M list) and a short list of Chinese
// patterns kept in content/security/common-passwords-zh.ts.
const EXTRA = new Set(COMMON_PASSWORDS_ZH.map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return EXTRA.has(lower) || commonPasswordList.test(password) || commonPasswordList.test(lower);
}

/** Shared rule for new passwords (registration, password change, accounts made or reset by admins); the message is shown beside the field. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return "密码至少 10 个字符";
  if (password.length > 200) return "密码不能超过 200 个字符";
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return "密码须同时包含字母和数字";
  if (isCommonPassword(password)) return "这个密码太常见，容易被猜中，请换一个";
  return null;
}
