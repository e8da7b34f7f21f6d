import { describe, expect, it } from "vitest";
import { isAllowedOrigin } from "./origin.server";

const base = { host: "localhost:3000", allowed: [] as string[], referer: null };

describe("isAllowedOrigin", () => {
  it("lets safe methods through whatever their origin", () => {
    expect(isAllowedOrigin({ ...base, method: "GET", origin: "https://evil.example" })).toBe(true);
  });
  it("accepts a POST from this site", () => {
    expect(isAllowedOrigin({ ...base, method: "POST", origin: "http://localhost:3000" })).toBe(true);
  });
  it("refuses a POST from another site", () => {
    expect(isAllowedOrigin({ ...base, method: "POST", origin: "https://evil.example" })).toBe(false);
    expect(isAllowedOrigin({ ...base, method: "DELETE", origin: "http://localhost:3001" })).toBe(false);
  });
  it("refuses the opaque origin 'null'", () => {
    expect(isAllowedOrigin({ ...base, method: "POST", origin: "null" })).toBe(false);
  });
  it("falls back to the Referer when Origin is missing", () => {
    expect(isAllowedOrigin({ ...base, method: "POST", origin: null, referer: "https://evil.example/form" })).toBe(false);
    expect(isAllowedOrigin({ ...base, method: "POST", origin: null, referer: "http://localhost:3000/login" })).toBe(true);
    expect(isAllowedOrigin({ ...base, method: "POST", origin: null, referer: "not a url" })).toBe(false);
  });
  it("allows non-browser clients that send neither header", () => {
    expect(isAllowedOrigin({ ...base, method: "POST", origin: null })).toBe(true);
  });
  it("accepts configured extra origins", () => {
    expect(
      isAllowedOrigin({ ...base, method: "POST", origin: "https://xieshang.example.cn", allowed: ["https://xieshang.example.cn"] }),
    ).toBe(true);
  });
  it("lets a bearer-token call without cookies through from anywhere", () => {
    const token = "Bearer xs_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";
    expect(isAllowedOrigin({ ...base, method: "POST", origin: "https://dept.example", authorization: token })).toBe(true);
    expect(isAllowedOrigin({ ...base, method: "POST", origin: "null", authorization: token, cookie: "" })).toBe(true);
  });
  it("keeps the check when a cookie comes along, or the scheme is not Bearer", () => {
    const token = "Bearer xs_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";
    expect(isAllowedOrigin({ ...base, method: "POST", origin: "https://evil.example", authorization: token, cookie: "xs_session=abc" })).toBe(false);
    expect(isAllowedOrigin({ ...base, method: "POST", origin: "https://evil.example", authorization: "Basic dXNlcjpwYXNz" })).toBe(false);
    expect(isAllowedOrigin({ ...base, method: "POST", origin: "https://evil.example", authorization: "Bearerxs_abc" })).toBe(false);
  });
});
