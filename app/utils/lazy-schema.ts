/**
 * A schema built on first use. Why: the classic Remix compiler drops `action`
 * and `loader` from browser bundles, but esbuild (0.17, which it pins) keeps a
 * module's top-level `z.object(...)` even when nothing uses it, so every route
 * with a form shipped all of zod (454 KB, 77 KB brotli) to the browser for
 * validation that only ever runs on the server (issue 16, goal 4). Declared as
 * `/* @__PURE__ *\/ lazySchema(() => z.object(...))`, a schema is a pure call
 * of a closure, which esbuild removes when the browser code does not use it;
 * on the server the real schema is built once, on first use, and this proxy
 * stands for it everywhere (parse, extend, nesting in other schemas).
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = (): T => (built ??= build());
  return new Proxy({} as T, {
    get(_target, key) {
      const schema = real();
      const value: unknown = Reflect.get(schema, key, schema);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(schema) : value;
    },
    has: (_target, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor(_target, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // The proxy's own target is empty and extensible: a property it reports must be configurable.
      return descriptor ? { ...descriptor, configurable: true } : undefined;
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
