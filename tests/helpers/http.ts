import { eq } from "drizzle-orm";
import { db } from "../../db";
import { gebruiker } from "../../db/schema";
import { createSession, sessionCookieName } from "../../app/auth/session.server";

export const ORIGIN = "http://localhost:3000";

/** A signed-in cookie for a seeded account, made directly in the database (no login form). */
export function cookieFor(email: string): string {
  const row = db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, email)).get();
  if (!row) throw new Error(`Onbekend testaccount ${email}`);
  return `${sessionCookieName()}=${createSession(row.id).token}`;
}

export function getRequest(path: string, cookie?: string): Request {
  return new Request(ORIGIN + path, { headers: cookie ? { Cookie: cookie } : {} });
}

export function postRequest(path: string, fields: Record<string, string | string[]>, cookie?: string): Request {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  return new Request(ORIGIN + path, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN, ...(cookie ? { Cookie: cookie } : {}) },
  });
}

export const testContext = { ip: "192.0.2.10", cspNonce: "" };

export interface Outcome {
  status: number;
  location?: string | null;
  data?: unknown;
  headers?: Headers;
}

/**
 * Runs a loader or action and describes what the browser would get: the returned data (200 or
 * the status of `data()`), a redirect, or a thrown response.
 */
export async function run(fn: () => unknown): Promise<Outcome> {
  try {
    return describe(await fn(), 200);
  } catch (thrown) {
    const outcome = describe(thrown, 500);
    if (outcome.status === 500 && !(thrown instanceof Response)) throw thrown;
    return outcome;
  }
}

function describe(value: unknown, fallbackStatus: number): Outcome {
  if (value instanceof Response) {
    return { status: value.status, location: value.headers.get("Location"), headers: value.headers };
  }
  if (value && typeof value === "object" && (value as { type?: string }).type === "DataWithResponseInit") {
    const d = value as { data: unknown; init: ResponseInit | null };
    return { status: d.init?.status ?? 200, data: d.data, headers: new Headers(d.init?.headers) };
  }
  return { status: fallbackStatus === 500 ? 500 : 200, data: value };
}
