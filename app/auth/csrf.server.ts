import { publicOrigin } from "../config.server";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

interface RequestFacts {
  method: string;
  origin: string | undefined;
  secFetchSite: string | undefined;
}

/**
 * Every state-changing request must come from our own origin (DESIGN §6). Browsers send Origin on
 * every POST; Sec-Fetch-Site is the fallback. A request with neither is refused: it is not a
 * browser form of ours.
 */
export function isSameOriginRequest({ method, origin, secFetchSite }: RequestFacts): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  if (origin !== undefined && origin !== "null") return origin === publicOrigin();
  return secFetchSite === "same-origin";
}
