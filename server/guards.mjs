// The express middleware in front of everything else: the JSON request log,
// security headers with a per-request CSP nonce, the validated request origin,
// body size limits and the cross-site request check. The rules themselves
// (which origin, which limit, which request is cross-site) live in the app
// (app/utils/*.server.ts, reached through the Remix build's entry); this file
// only applies them to express requests.
import { randomBytes } from "node:crypto";

/**
 * @param {import("express").Express} app
 * @param {{ entry: () => any, env: any, mode: "development" | "production", trustProxy: string | undefined }} options
 */
export function installGuards(app, { entry, env, mode: MODE, trustProxy }) {
  // Structured request log.
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      if (env.LOG_LEVEL === "silent" || env.LOG_LEVEL === "error") return;
      if (req.path.startsWith("/build/") && env.LOG_LEVEL !== "debug") return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      process.stdout.write(
        JSON.stringify({
          time: new Date().toISOString(),
          level: "info",
          msg: "request",
          method: req.method,
          path: req.originalUrl.split("?")[0],
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
          ip: req.ip,
          bytes: Number(res.getHeader("content-length") ?? 0) || undefined,
          queries: res.locals.queries?.queries,
        }) + "\n",
      );
    });
    next();
  });

  // Security headers, with a per-request nonce for Remix's inline scripts.
  app.use((req, res, next) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    const connect = MODE === "development" ? "'self' ws://localhost:* ws://127.0.0.1:*" : "'self'";
    res.setHeader(
      "Content-Security-Policy",
      [
        "default-src 'self'",
        `script-src 'self' 'nonce-${nonce}'`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        `connect-src ${connect}`,
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join("; "),
    );
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  });

  // Which origin the request is for: Host (X-Forwarded-Host and -Proto only with
  // TRUST_PROXY), validated; an unusable Host is a 400 before anything else runs.
  // The Remix request URL and the response cache key are both built from it.
  app.use((req, res, next) => {
    const origin = entry().requestOrigin({ host: req.headers.host, forwardedHost: req.get("x-forwarded-host"), protocol: req.protocol, trustProxy: !!trustProxy });
    if (!origin) {
      res.status(400).set({ "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" });
      res.end("Bad Request: the Host header is not a valid host name");
      return;
    }
    res.locals.requestOrigin = origin;
    next();
  });

  // Body size per kind of route (forms and the JSON API 1 MB, uploads by route):
  // a declared length over the limit is refused before a byte is read. Bodies
  // without a length are cut off at the same limit by the app's readers.
  app.use((req, res, next) => {
    const declared = Number(req.get("content-length") ?? 0);
    const limit = entry().bodyLimitFor(req.method, req.path);
    if (!(declared > limit) || limit === 0) return next();
    res.status(413).set({ "Cache-Control": "no-store", Connection: "close" });
    if (req.path.startsWith("/api/")) res.json({ error: { code: "payload_too_large", message: `Request body over ${Math.round(limit / 1048576)} MB` } });
    else res.type("text/plain; charset=utf-8").send(`提交的内容过大（不能超过 ${Math.round(limit / 1048576)} MB）`);
  });

  // Cross-site request forgery: state-changing requests must come from this site.
  const allowedOrigins = [...env.ALLOWED_ORIGINS.split(","), env.PUBLIC_ORIGIN ?? ""].map((s) => s.trim()).filter(Boolean);
  app.use((req, res, next) => {
    const ok = entry().isAllowedOrigin({
      method: req.method,
      origin: req.get("origin"),
      referer: req.get("referer"),
      host: new URL(res.locals.requestOrigin).host,
      allowed: allowedOrigins,
      authorization: req.get("authorization"),
      cookie: req.get("cookie"),
    });
    if (ok) return next();
    res.status(403);
    if (req.path.startsWith("/api/")) {
      res.json({ error: { code: "forbidden_origin", message: "Cross-origin request refused" } });
    } else {
      res.type("html").send(
        '<!DOCTYPE html><html lang="zh-Hans"><meta charset="utf-8"><title>请求被拒绝</title><body><main><h1>请求被拒绝</h1><p>此请求来自其他网站，已被拒绝。请从本站页面重新提交。</p><p><a href="/">返回首页</a></p></main></body></html>',
      );
    }
  });
}
