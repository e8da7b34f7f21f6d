/**
 * Declares a module-level zod schema so that browser bundles can drop it:
 * `export const schema = /* @__PURE__ *\/ defineSchema(() => z.object(...))`.
 *
 * Why: the classic Remix compiler removes `action` and `loader` from a route's
 * browser bundle and lets esbuild drop what only they used, but esbuild (0.17,
 * pinned by Remix) keeps a top-level `z.object(...)` chain even when nothing
 * uses it, so every module with a schema shipped all of zod (454 KB, 77 KB
 * brotli) to the browser for validation that only runs on the server (issue 16,
 * goal 4). A pure-annotated call whose only argument is a closure has no side
 * effects, so esbuild removes it — and with it zod — when the browser code does
 * not use the schema. On the server the closure simply runs once at import:
 * the schema is the real zod object (identity matters to zod, e.g. for JSON
 * Schema generation), nothing is deferred or wrapped.
 */
export function defineSchema<T>(build: () => T): T {
  return build();
}
