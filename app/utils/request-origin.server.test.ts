import { describe, expect, it } from "vitest";
import { requestOrigin, validHost } from "./request-origin.server";

// Issue 14, items 1 and 6: odd Host values were a 500 or produced links on another host.
describe("validHost", () => {
  it.each([
    ["localhost:3000", "localhost:3000"],
    ["Example.ORG", "example.org"],
    ["example.org:80", "example.org"],
    ["127.0.0.1:8080", "127.0.0.1:8080"],
    ["[::1]:3000", "[::1]:3000"],
    ["xieshang.example.", "xieshang.example."],
  ])("accepts %s", (host, expected) => expect(validHost(host)).toBe(expected));

  it.each(["", " ", "a@evil.example", "[::1", "::1", "a:-1", "a:99999999999", "a:0", "a:65536", "a b", "a/b", "a?b", "a#b", "a\\b", "evil.example:80@x", "a..b", "-a.example", "a:", ":80", "a:80:90", "%61.example", "undefined:"])(
    "refuses %j",
    (host) => expect(validHost(host)).toBeNull(),
  );
});

describe("requestOrigin", () => {
  it("ignores X-Forwarded-Host and -Proto unless the proxy is trusted", () => {
    expect(requestOrigin({ host: "site.example", forwardedHost: "x:6666", protocol: "http", trustProxy: false })).toBe("http://site.example");
    expect(requestOrigin({ host: "site.example", forwardedHost: "a:-1", protocol: "http", trustProxy: false })).toBe("http://site.example");
    expect(requestOrigin({ host: "10.0.0.5:3000", forwardedHost: "public.example, proxy.internal", protocol: "https", trustProxy: true })).toBe("https://public.example");
  });
  it("refuses what it cannot use", () => {
    expect(requestOrigin({ host: "", protocol: "http", trustProxy: false })).toBeNull();
    expect(requestOrigin({ host: undefined, protocol: "http", trustProxy: false })).toBeNull();
    expect(requestOrigin({ host: "site.example", forwardedHost: "a:99999999999", protocol: "http", trustProxy: true })).toBeNull();
  });
  it("only knows http and https", () => {
    expect(requestOrigin({ host: "site.example", protocol: "javascript", trustProxy: true })).toBe("http://site.example");
  });
});
