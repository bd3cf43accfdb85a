import type { MfaStap } from "./current-user.server";

const HIER = "http://deze-site.invalid";

/**
 * The path on this site a form asked to go back to, or null. Resolved the way a browser would:
 * "//evil.example", "/\\evil.example" and "/\t/evil.example" (browsers drop tabs) all leave the
 * site, and a path with a newline or emoji would make an invalid Location header (a 500).
 */
export function sitePad(target: unknown): string | null {
  if (typeof target !== "string" || !target.startsWith("/") || !URL.canParse(target, HIER)) return null;
  const url = new URL(target, HIER);
  return url.origin === HIER ? url.pathname + url.search + url.hash : null;
}

/** Only paths on this site, else the start page. */
export function safeRedirect(target: string | null | undefined): string {
  return sitePad(target) ?? "/";
}

/** The page of an MFA step of the login, carrying where the person wanted to go. */
export function mfaStapPad(stap: MfaStap, redirectTo: string): string {
  const doel = safeRedirect(redirectTo);
  return doel === "/" ? `/login/${stap}` : `/login/${stap}?redirectTo=${encodeURIComponent(doel)}`;
}
