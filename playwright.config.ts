import { defineConfig, devices } from "@playwright/test";

// End-to-end tests in the operating system's Chromium (Playwright's own
// browser download cannot run here). The server runs from a fresh embedded
// database in .data/e2e-<port>, built and seeded exactly as `npm start` does.
const PORT = Number(process.env.E2E_PORT ?? 3100);
// Two streams of specs, each against its own server and database (PORT and PORT + 1),
// run at the same time: the whole e2e stage takes about half as long, and within a
// stream the specs still run one after another on data nobody else changes.
// E2E_STREAMS=1 runs everything in one stream against one server.
const STREAMS = process.env.E2E_STREAMS === "1" ? 1 : 2;
// The second stream: the proposal loop and the daily work around it. New specs go to
// the first stream unless named here; keep the two about even (`npm run test:e2e`
// prints each spec's time).
const SECOND_STREAM = [
  /daily-work|proposal-loop|drafting|workbench|reply-letter/,
  /participation|catalogues|report-assignment|import-preview|security|documents\.spec/,
];
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: STREAMS,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Two streams share two cores: room for a slow moment, not a time budget.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
  },
  projects: Array.from({ length: STREAMS }, (_, i) => ({
    name: STREAMS === 1 ? "chromium" : `chromium-${i + 1}`,
    // One worker per stream: its specs share a server and run in order.
    workers: 1,
    ...(STREAMS === 1 ? {} : i === 0 ? { testIgnore: SECOND_STREAM } : { testMatch: SECOND_STREAM }),
    use: {
      ...devices["Desktop Chrome"],
      baseURL: `http://localhost:${PORT + i}`,
      launchOptions: {
        executablePath: chromium,
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      },
    },
  })),
  // Each port gets its own data folder, so parallel runs (E2E_PORT=…) do not collide.
  // Servers start one after another, so only the first builds (when the sources are newer).
  webServer: Array.from({ length: STREAMS }, (_, i) => ({
    command: `rm -rf .data/e2e-${PORT + i} && node server.mjs`,
    url: `http://localhost:${PORT + i}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    env: { PORT: String(PORT + i), XS_DATA_DIR: `.data/e2e-${PORT + i}`, LOG_LEVEL: "error", NODE_ENV: "production" },
  })),
});
