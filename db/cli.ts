// `npm run db:migrate` / `npm run db:seed`: the same steps `npm start` runs,
// against DATABASE_URL or the embedded database in .data/ (stop the server
// first when using the embedded one: PGlite allows one process at a time, and
// db/data-dir-lock.ts makes this refuse while the server has the folder).
import { closeDatabase, getDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { seedAll } from "./seed";
import { seedDemoLoop } from "../content/demo-loop-seed";
import { seedDemoParticipation } from "../content/demo-participation-seed";

async function main(command: string | undefined) {
  const handle = getDatabase();
  const started = Date.now();
  if (command === "migrate") {
    await migrateDatabase(handle);
    console.log(`migrated (${handle.engine}) in ${Date.now() - started} ms`);
  } else if (command === "seed") {
    await migrateDatabase(handle);
    const demo = process.env.SEED_DEMO !== "false";
    const seeded = await seedAll(handle.db, { demo });
    const demoProposals = demo ? await seedDemoLoop() : 0;
    const demoTopics = demo ? await seedDemoParticipation() : 0;
    console.log(`seeded (${handle.engine}):`, { ...seeded, demoProposals, demoTopics });
  } else {
    console.error("usage: tsx db/cli.ts migrate|seed");
    process.exitCode = 2;
  }
}

main(process.argv[2])
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
