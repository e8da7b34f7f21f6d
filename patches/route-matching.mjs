// Run after `npm install` / `npm ci` (package.json "postinstall"): route
// matching once per build instead of on every request (issue 16, decision
// 012). Remix 2 / React Router 6 flatten and rank the whole route tree (~126
// routes here) inside every `matchRoutes` call, compile a RegExp for every
// route tried, and rebuild the server-side route objects for every page it
// renders; a CPU profile of signed-in pages showed that as the largest single
// cost. The patch memoises, on the server only:
// - @remix-run/router (CommonJS build, the one Node loads): the ranked
//   branches per routes array (a WeakMap, so a new build gets new entries),
//   and compiled path patterns (a bounded Map);
// - @remix-run/react's RemixServer: the server routes per build manifest;
// - react-router-dom/server's createStaticRouter: the data routes per routes
//   array.
// On the server route arrays never change after they are built; the browser
// bundle (ES modules) is left alone, because lazy route discovery adds routes
// to the client's arrays in place. Idempotent; a dependency whose code has
// changed is reported and left unpatched (the app still works, just slower).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const MARK = "/* xieshang: route matching once per build */";
const modules = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "node_modules");

const BRANCHES_CACHE = `${MARK}
const xsRankedBranches = new WeakMap();
function xsRankedBranchesOf(routes) {
  let branches = xsRankedBranches.get(routes);
  if (!branches) {
    branches = flattenRoutes(routes);
    rankRouteBranches(branches);
    xsRankedBranches.set(routes, branches);
  }
  return branches;
}
`;

const COMPILE_CACHE = `${MARK}
const xsCompiledPaths = new Map();
function compilePath(path, caseSensitive, end) {
  // By path, then by the two flags: no key string to build on every call.
  let byFlags = xsCompiledPaths.get(path);
  if (!byFlags) {
    // Patterns come from route definitions and useMatch/matchPath calls: a
    // finite set, but bound it anyway.
    if (xsCompiledPaths.size >= 2000) xsCompiledPaths.clear();
    xsCompiledPaths.set(path, byFlags = [undefined, undefined, undefined, undefined]);
  }
  const slot = (caseSensitive ? 2 : 0) + (end === false ? 0 : 1);
  return byFlags[slot] || (byFlags[slot] = xsCompilePathUncached(path, caseSensitive, end));
}
`;

// The matches of a pathname, per routes array: one request matches its path several times
// (the server handler, the static handler, the partial manifest for each parent path, the
// render), and every request for the same path gives the same answer. Callers get copies
// (params included), so one that changes its matches cannot change another's.
const MATCH_MARK = "/* xieshang: matches memoised per path */";
const MATCHES_CACHE = `${MATCH_MARK}
const xsMatches = new WeakMap();
function xsCopyMatches(matches) {
  return matches && matches.map((m) => ({ ...m, params: { ...m.params } }));
}
`;

/** Each edit: the exact text to find (once) and its replacement. `mark`: what shows it is applied (MARK by default). */
const patches = [
  {
    file: "@remix-run/router/dist/router.cjs.js",
    edits: [
      ["function matchRoutesImpl(routes, locationArg, basename, allowPartial) {", `${BRANCHES_CACHE}function matchRoutesImpl(routes, locationArg, basename, allowPartial) {`],
      ["  let branches = flattenRoutes(routes);\n  rankRouteBranches(branches);\n  let matches = null;", "  let branches = xsRankedBranchesOf(routes);\n  let matches = null;"],
      ["function compilePath(path, caseSensitive, end) {", `${COMPILE_CACHE}function xsCompilePathUncached(path, caseSensitive, end) {`],
    ],
  },
  {
    // After the edits above (same file, applied first on a fresh install).
    file: "@remix-run/router/dist/router.cjs.js",
    mark: MATCH_MARK,
    edits: [
      ["function matchRoutesImpl(routes, locationArg, basename, allowPartial) {", `${MATCHES_CACHE}function matchRoutesImpl(routes, locationArg, basename, allowPartial) {`],
      [
        "  let branches = xsRankedBranchesOf(routes);\n  let matches = null;",
        "  let xsByPath = xsMatches.get(routes);\n" +
          "  if (!xsByPath) xsMatches.set(routes, (xsByPath = new Map()));\n" +
          '  let xsKey = (allowPartial ? "p" : "e") + pathname;\n' +
          "  if (xsByPath.has(xsKey)) return xsCopyMatches(xsByPath.get(xsKey));\n" +
          "  let branches = xsRankedBranchesOf(routes);\n  let matches = null;",
      ],
      [
        "  return matches;\n}\nfunction convertRouteMatchToUiMatch(",
        "  // Paths come from requests: bound the memo.\n  if (xsByPath.size >= 2000) xsByPath.clear();\n  xsByPath.set(xsKey, matches);\n  return xsCopyMatches(matches);\n}\nfunction convertRouteMatchToUiMatch(",
      ],
    ],
  },
  ...[
    ["@remix-run/react/dist/server.js", "  let routes$1 = routes.createServerRoutes(manifest.routes, routeModules, context.future, context.isSpaMode);", "routes$1", "routes.createServerRoutes"],
    ["@remix-run/react/dist/esm/server.js", "  let routes = createServerRoutes(manifest.routes, routeModules, context.future, context.isSpaMode);", "routes", "createServerRoutes"],
  ].map(([file, find, name, fn]) => ({
    file,
    edits: [
      [
        find,
        `  ${MARK}\n  let ${name} = xsServerRoutes.get(manifest.routes);\n` +
          `  if (!${name}) xsServerRoutes.set(manifest.routes, ${name} = ${fn}(manifest.routes, routeModules, context.future, context.isSpaMode));`,
      ],
      ["function RemixServer(", "const xsServerRoutes = new WeakMap();\nfunction RemixServer("],
    ],
  })),
  ...[
    ["react-router-dom/server.js", "router.UNSAFE_convertRoutesToDataRoutes"],
    ["react-router-dom/server.mjs", "UNSAFE_convertRoutesToDataRoutes"],
  ].map(([file, convert]) => ({
    file,
    edits: [
      [
        `  let manifest = {};\n  let dataRoutes = ${convert}(routes, `,
        `  ${MARK}\n  let cached = xsDataRoutes.get(routes);\n  if (!cached) {\n    let manifest = {};\n    let dataRoutes = ${convert}(routes, `,
      ],
      ["function createStaticRouter(routes, context, opts = {}) {", "const xsDataRoutes = new WeakMap();\nfunction createStaticRouter(routes, context, opts = {}) {"],
    ],
    // The rest of the converted call, closed and stored.
    after: [["reactRouter.UNSAFE_mapRouteProperties, undefined, manifest);\n", "UNSAFE_mapRouteProperties, undefined, manifest);\n"], "    xsDataRoutes.set(routes, cached = { manifest, dataRoutes });\n  }\n  let { manifest, dataRoutes } = cached;\n"],
  })),
];

let applied = 0;
for (const { file, edits, after, mark = MARK } of patches) {
  const full = path.join(modules, file);
  if (!existsSync(full)) continue;
  let source = readFileSync(full, "utf8");
  if (source.includes(mark)) continue;
  const all = [...edits];
  let ok = edits.every(([find]) => source.split(find).length === 2);
  if (ok && after) {
    // createStaticRouter: close the new block right after the conversion call.
    const [ends, close] = after;
    const end = ends.find((e) => source.split(e).length === 2);
    if (end) all.push([end, end + close]);
    else ok = false;
  }
  if (!ok) {
    console.warn(`route matching patch: ${file} has changed; not patched (route matching stays per request)`);
    continue;
  }
  for (const [find, replace] of all) source = source.replace(find, () => replace);
  writeFileSync(full, source);
  applied++;
}
if (applied) console.log(`route matching patch: applied to ${applied} file(s)`);
