import { hash, verify } from "@node-rs/argon2";

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

/** Shared rule for new passwords; the message is shown beside the field. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return "密码至少 10 个字符";
  if (password.length > 200) return "密码不能超过 200 个字符";
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return "密码须同时包含字母和数字";
  return null;
}
