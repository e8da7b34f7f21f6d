import { defineConfig, devices } from "@playwright/test";

// End-to-end tests in the operating system's Chromium (Playwright's own
// browser download cannot run here). The server runs from a fresh embedded
// database in .data/e2e-<port>, built and seeded exactly as `npm start` does.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
      },
    },
  ],
  webServer: {
    // Each port gets its own data folder, so parallel runs (E2E_PORT=…) do not collide.
    command: `rm -rf .data/e2e-${PORT} && node server.mjs`,
    url: `http://localhost:${PORT}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: { PORT: String(PORT), XS_DATA_DIR: `.data/e2e-${PORT}`, LOG_LEVEL: "error", NODE_ENV: "production" },
  },
});
