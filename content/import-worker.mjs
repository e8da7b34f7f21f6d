// The entry of an import's worker thread (content/import-pool.ts): the work is
// TypeScript (import-worker.ts), so tsx's loader is registered first. The
// importer runs under tsx (`npm run content:import`) or vitest, both of which
// have tsx installed; the worker is started without the parent's flags.
import { register } from "tsx/esm/api";

register();
await import("./import-worker.ts");
