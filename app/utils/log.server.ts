// Structured logs: one JSON object per line on stdout, easy to ship and grep.
import { getEnv } from "./env.server";

const order = { silent: 0, error: 1, info: 2, debug: 3 } as const;
type Level = "error" | "info" | "debug";

export function log(level: Level, message: string, fields: Record<string, unknown> = {}) {
  if (order[level] > order[getEnv().LOG_LEVEL]) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields });
  if (level === "error") process.stderr.write(line + "\n");
  else process.stdout.write(line + "\n");
}
