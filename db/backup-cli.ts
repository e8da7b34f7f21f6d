// `npm run backup [-- FILE]` and `npm run restore -- FILE`, against DATABASE_URL
// or the embedded database in $XS_DATA_DIR/pglite (stop the server first).
import path from "node:path";
import { defaultDataDir } from "./client";
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from "./backup";

async function main([command, fileArg]: string[]) {
  const url = process.env.DATABASE_URL;
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  if (command === "backup") {
    const file = path.resolve(fileArg ?? `xieshang-${stamp}.${url ? "pgdump" : "tar.gz"}`);
    if (url) await backupPostgres(url, file);
    else await backupPglite(defaultDataDir(), file);
    console.log(`backup written to ${file}`);
  } else if (command === "restore") {
    if (!fileArg) throw new Error("usage: npm run restore -- FILE");
    if (url) await restorePostgres(path.resolve(fileArg), url);
    else await restorePglite(path.resolve(fileArg), defaultDataDir());
    console.log(`restored from ${fileArg}`);
  } else {
    throw new Error("usage: tsx db/backup-cli.ts backup [FILE] | restore FILE");
  }
}

main(process.argv.slice(2).filter((a) => a !== "--")).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
