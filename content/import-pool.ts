// Worker threads that plan files for importFiles (issue 16): read, structure,
// check and compute search forms off the thread that saves, so that on two
// cores the CPU work overlaps the database writes. Workers take files only
// once they have started (the importing thread plans the first files itself
// meanwhile); a worker that fails hands its files back to be planned in-thread.
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { adoptPreparedDocuments, prepareDocumentsAhead } from "../app/models/documents/documents.server";
import { inputKind } from "../app/structurer/inputs/kinds";
import { getSearchEngine } from "../search/index";
import type { WorkerReply, WorkerSetup } from "./import-worker";
import { dropReadAhead, ImportError, planFile, readAhead, type ImportContext, type PlannedFile } from "./plan-file";

/** Files in flight per worker. */
const IN_FLIGHT = 4;

/** Files read ahead of the one planned in this thread (plan-file.ts readAhead). */
const READ_AHEAD = 8;

/** Below this many files an import plans in its own thread (a worker's start-up, ~1 s, would not pay). */
export const MIN_FILES_FOR_WORKERS = 20;

/**
 * Worker threads for an import of `files` files: `requested` when given
 * (importFiles' option), else IMPORT_WORKERS (default 0: plan in-thread; see
 * docs/decisions/014, "Import"); none for a small import. 0 plans in-thread.
 */
export function workerCount(files: number, requested?: number, env: Record<string, string | undefined> = process.env): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(4, Math.max(0, Math.floor(Number(env.IMPORT_WORKERS) || 0)));
}

type Result = Exclude<WorkerReply, { ready: true }>;

interface Slot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  waiting: Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void }>;
}

/**
 * The worker's code as one ES module (esbuild, ~0.2 s; packages stay imports):
 * a worker started from the TypeScript through tsx's loader takes about three
 * times as long to start. The input readers (docx, HTML, PDF) are left out:
 * workers only get text and Markdown files. Written under .cache/, one file
 * per process, removed when the pool closes.
 */
async function bundleWorker(): Promise<URL> {
  const { build } = await import("esbuild");
  const out = new URL(`../.cache/import-worker-${process.pid}-${Date.now().toString(36)}.mjs`, import.meta.url);
  await build({
    entryPoints: [fileURLToPath(new URL("./import-worker.ts", import.meta.url))],
    outfile: fileURLToPath(out),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    external: ["*/inputs/index.server"],
    logLevel: "error",
  });
  return out;
}

/** Whether a worker plans this file (text and Markdown; other formats are read in-thread). */
export function forWorker(file: string): boolean {
  const kind = inputKind(file);
  return kind === "text" || kind === "markdown";
}

function removeBundle(entry: URL) {
  if (entry.pathname.includes("/.cache/")) rmSync(entry, { force: true });
}

export class PlanPool {
  private slots: Slot[] = [];
  private nextId = 0;
  private closed = false;
  private entry: URL | null = null;
  /** Settles when every worker has started or failed (tests wait for it). */
  readonly started: Promise<void>;
  private starting = 0;
  private onStarted: () => void = () => {};

  /** `onRoom` is called when a worker can take a file (started, or done with one). */
  constructor(size: number, setup: WorkerSetup, onRoom: () => void) {
    this.starting = size;
    this.started = new Promise((resolve) => (this.onStarted = resolve));
    bundleWorker()
      .catch(() => new URL("./import-worker.mjs", import.meta.url)) // no esbuild: through tsx's loader
      .then((entry) => {
        if (this.closed) {
          this.onStarted();
          return removeBundle(entry);
        }
        this.entry = entry;
        for (let i = 0; i < size; i++) this.slots.push(this.start(entry, setup, onRoom));
      });
  }

  private start(entry: URL, setup: WorkerSetup, onRoom: () => void): Slot {
    const worker = new Worker(entry, { workerData: setup, execArgv: [] });
    const slot: Slot = { worker, ready: false, dead: false, waiting: new Map() };
    let counted = false;
    const up = () => {
      if (!counted && (counted = true) && --this.starting === 0) this.onStarted();
    };
    const fail = (error: Error) => {
      up();
      slot.dead = true;
      for (const w of slot.waiting.values()) w.reject(error);
      slot.waiting.clear();
    };
    worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) {
        slot.ready = true;
        up();
      } else {
        slot.waiting.get(reply.id)?.resolve(reply);
        slot.waiting.delete(reply.id);
      }
      onRoom();
    });
    worker.on("error", fail);
    worker.on("exit", () => fail(new Error("import worker exited")));
    return slot;
  }

  /** A started worker with room for another file. */
  private free(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots) {
      if (s.ready && !s.dead && s.waiting.size < IN_FLIGHT && (!best || s.waiting.size < best.waiting.size)) best = s;
    }
    return best;
  }

  hasRoom(): boolean {
    return this.free() !== undefined;
  }

  /** Plan a file in a worker (hasRoom() must be true); rejects if the worker fails. */
  plan(file: string): Promise<Result> {
    const slot = this.free();
    if (!slot) return Promise.reject(new Error("no import worker free"));
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      slot.waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ id, file });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    if (this.entry) removeBundle(this.entry);
  }
}

/**
 * The plans of `files`, taken in order by `planAt(0)`, `planAt(1)`, …: a file
 * is planned by a worker when one has room (at most `window` files ahead of
 * the one asked for), otherwise in this thread when it is asked for. Each
 * result is that of planning the file in this thread: the plan, or the
 * ImportError naming the file and line.
 */
export function orderedPlans(files: string[], context: ImportContext, actorId: string | null, workers: number, window: number) {
  const organisationName = (id: number) => context.organisations.find((o) => o.id === id)?.name ?? null;
  const here = async (file: string): Promise<PlannedFile | ImportError> => {
    try {
      const planned = await planFile(file, context);
      // Checked, and the search texts segmented, now: while the previous batch is saved.
      prepareDocumentsAhead(
        planned.documents.map((d) => d.input),
        actorId,
        organisationName,
      );
      return planned;
    } catch (error) {
      return asImportError(file, error);
    }
  };
  const claimed: Promise<PlannedFile | ImportError>[] = [];
  const settled: boolean[] = [];
  let next = 0;
  let asked = 0;
  const claim = (index: number, plan: Promise<PlannedFile | ImportError>) => {
    claimed[index] = plan.finally(() => (settled[index] = true));
  };
  const pump = () => {
    while (pool && next < files.length && next < asked + window && forWorker(files[next]) && pool.hasRoom()) {
      const file = files[next];
      claim(
        next++,
        pool.plan(file).then(
          (reply) => {
            if ("error" in reply) return new ImportError(file, reply.error.line, reply.error.reason);
            adoptPreparedDocuments(
              reply.planned.documents.map((d) => d.input),
              actorId,
              reply.off,
            );
            return reply.planned;
          },
          () => here(file), // the worker failed: plan it here
        ),
      );
    }
  };
  const pool = workers > 0 ? new PlanPool(workers, { context, actorId, indexForms: getSearchEngine().name === "postgres" }, () => pump()) : null;
  return {
    async planAt(index: number): Promise<PlannedFile | ImportError> {
      asked = index;
      pump();
      // Without workers every file is planned here: its read has started by then.
      if (!pool) readAhead(files.slice(index, index + READ_AHEAD));
      // While a worker still plans this file, plan a later one here rather than wait (order only matters for saving).
      while (index < next && !settled[index] && next < files.length && next < index + window) {
        const later = next++;
        claim(later, here(files[later]));
        await claimed[later];
        pump();
      }
      if (index < next) return claimed[index];
      next = index + 1;
      return here(files[index]);
    },
    /** Settles once the workers have started (at once without workers). */
    started: pool?.started ?? Promise.resolve(),
    close: async () => {
      dropReadAhead(files);
      await pool?.close();
    },
  };
}

export const asImportError = (file: string, error: unknown) => (error instanceof ImportError ? error : new ImportError(file, null, String(error)));
