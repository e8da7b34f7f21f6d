// `npm run content:import [-- FILE…]`: import the sample corpus (no arguments) or the
// given .txt/.md/.docx files as published documents, into DATABASE_URL or the
// embedded database. Re-running with unchanged files changes nothing.
import { closeDatabase, getDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedDirectory } from "../db/seed";
import { importFiles, listContentFiles } from "./importer";

async function main(args: string[]) {
  const handle = getDatabase();
  await migrateDatabase(handle);
  await seedDirectory(handle.db);
  const files = args.length ? args : await listContentFiles();
  const { done, errors } = await importFiles(handle.db, files);
  for (const d of done) {
    console.log(`${d.outcome.padEnd(9)} ${d.slug} (v${d.version}, ${d.recommendations} recommendations) ← ${d.file}`);
  }
  for (const e of errors) console.error(`error: ${e.message}`);
  const count = (o: string) => done.filter((d) => d.outcome === o).length;
  console.log(`${done.length} documents: ${count("created")} created, ${count("revised")} revised, ${count("unchanged")} unchanged; ${errors.length} files failed`);
  if (errors.length) process.exitCode = 1;
}

main(process.argv.slice(2).filter((a) => a !== "--"))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
