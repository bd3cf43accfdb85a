import { expect } from "vitest";
import { geslaagdeAuditRegels, snapshot } from "./db-snapshot";
import { cookieFor, ORIGIN, postRequest, run, testContext, type Outcome } from "./http";
import { meldingenIn, verwachtNederlandseMeldingen } from "./vijandige-invoer";

/**
 * Tenant isolation (issue 7): submit a form as someone of regio A with an id of regio B and prove
 * the refusal — a 4xx with a Dutch message, the same rows in every table, no audited change — and
 * that the same form with an id of the own regio does go through, so the refusal is about the id.
 */

type RouteAction = (args: never) => unknown;
export type Formvelden = Record<string, string | string[] | File>;

export interface Inzending {
  email: string;
  action: RouteAction;
  pad: string;
  params: Record<string, string>;
  velden: Formvelden;
}

function verzoek(pad: string, velden: Formvelden, cookie: string): Request {
  if (!Object.values(velden).some((v) => v instanceof File)) return postRequest(pad, velden as Record<string, string | string[]>, cookie);
  const body = new FormData();
  for (const [naam, waarde] of Object.entries(velden)) for (const w of Array.isArray(waarde) ? waarde : [waarde]) body.append(naam, w);
  return new Request(ORIGIN + pad, { method: "POST", body, headers: { Origin: ORIGIN, Cookie: cookie } });
}

export function verstuurAls(inzending: Inzending): Promise<Outcome> {
  return run(() =>
    (inzending.action as (args: unknown) => unknown)({
      request: verzoek(inzending.pad, inzending.velden, cookieFor(inzending.email)),
      params: inzending.params,
      context: testContext,
    }),
  );
}

/** Submits and proves the refusal; returns the outcome for more specific checks. */
export async function verwachtWeigering(inzending: Inzending, statussen: number[] = [400, 403, 404]): Promise<Outcome> {
  const voor = snapshot();
  const auditVoor = geslaagdeAuditRegels();
  const uit = await verstuurAls(inzending);
  expect(statussen, JSON.stringify(uit.data ?? uit.location ?? null).slice(0, 400)).toContain(uit.status);
  expect(snapshot()).toEqual(voor);
  expect(geslaagdeAuditRegels()).toBe(auditVoor);
  expect(meldingenIn(uit.data).length, "een weigering zonder melding").toBeGreaterThan(0);
  verwachtNederlandseMeldingen(uit);
  return uit;
}

/** The control: the same form with ids of the own regio is accepted and makes an audited change. */
export async function verwachtGeaccepteerd(inzending: Inzending): Promise<Outcome> {
  const auditVoor = geslaagdeAuditRegels();
  const uit = await verstuurAls(inzending);
  expect(uit.status, JSON.stringify(uit.data ?? null).slice(0, 400)).toBeLessThan(400);
  expect(geslaagdeAuditRegels()).toBeGreaterThan(auditVoor);
  return uit;
}
