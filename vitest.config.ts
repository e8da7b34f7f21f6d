import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests run anywhere; `*.db.test.ts` files run once per database engine:
// embedded PGlite always, a PostgreSQL server when TEST_DATABASE_URL is set.
const alias = { "~": fileURLToPath(new URL("./app", import.meta.url)) };
const exclude = ["node_modules/**", "build/**", "tests/e2e/**", ".data/**"];
const dbProject = (name: string, engine: string) => ({
  resolve: { alias },
  test: {
    name,
    include: ["**/*.db.test.ts"],
    exclude,
    env: { TEST_DB_ENGINE: engine },
    globalSetup: ["tests/db-global-setup.ts"],
    setupFiles: ["tests/db-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  resolve: { alias },
  test: {
    // Vitest's default leaves one core idle (cores - 1: a single worker on a 2-core machine).
    // Database tests spend much of their time waiting on PostgreSQL, another process, so
    // one worker per core keeps both busy (the CI run's test stage is the longest part).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: [...exclude, "**/*.db.test.ts"],
          testTimeout: 20_000,
        },
      },
      dbProject("pglite", "pglite"),
      ...(process.env.TEST_DATABASE_URL ? [dbProject("postgres", "postgres")] : []),
    ],
  },
});
