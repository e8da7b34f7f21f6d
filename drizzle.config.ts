import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes SQL migrations to db/migrations; they are committed
// and applied on start (db/migrate.ts) for PGlite and PostgreSQL alike. The search
// tables live in search/schema.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: ["./db/schema.ts", "./db/documents.schema.ts", "./search/schema.ts", "./db/loop.schema.ts", "./db/notifications.schema.ts", "./db/catalogues.schema.ts", "./db/studios.schema.ts", "./db/api-tokens.schema.ts", "./db/participation.schema.ts"],
  out: "./db/migrations",
});
