// The one helper for every redirect target a user can influence (`redirectTo`
// on login, registration and the display switches). Only a path on this site
// is accepted, decided by the WHATWG URL parser — the same one browsers use —
// not by looking at the first characters: the parser drops tabs and newlines
// and turns backslashes into slashes, so `/\t/evil.example` or `/\evil.example`
// would become `//evil.example`, another site. Input with control characters
// or backslashes is refused outright; what is accepted comes back
// percent-encoded, so a Location header can always carry it.
const BASE = "http://xieshang.invalid";

// eslint-disable-next-line no-control-regex -- control characters are what is refused
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\]/;

export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || to.length === 0 || to.length > 2000) return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || UNSAFE.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const target = url.pathname + url.search + url.hash;
  // Still one path after encoding (the parser never makes `//` from a single slash here, but check).
  return target.startsWith("/") && !target.startsWith("//") ? target : fallback;
}
