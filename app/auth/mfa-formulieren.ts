import { z } from "../domain/zod";

/** The fields of the two-step verification forms, shared by the login steps and Mijn account. */

const HERSTELCODE_PATROON = /^[a-z2-7]{4}-[a-z2-7]{4}$/;

/**
 * A recovery code as stored ("abcd-efgh"), or null when the input cannot be one. Capitals,
 * spaces and a missing hyphen are all fine: people copy these from paper.
 */
export function normaliseerHerstelcode(invoer: string): string | null {
  const tekens = invoer.toLowerCase().replace(/[\s-]/g, "");
  if (tekens.length !== 8) return null;
  const code = `${tekens.slice(0, 4)}-${tekens.slice(4)}`;
  return HERSTELCODE_PATROON.test(code) ? code : null;
}

/** A second factor as typed: a code from the app or a recovery code. */
export type Factor = { soort: "code"; code: string } | { soort: "herstelcode"; code: string };

/** One field that may hold either: six digits, or a recovery code; null when it is neither. */
export function factorUitInvoer(invoer: string): Factor | null {
  const cijfers = invoer.replace(/\s/g, "");
  if (/^\d{6}$/.test(cijfers)) return { soort: "code", code: cijfers };
  const herstel = normaliseerHerstelcode(invoer);
  return herstel ? { soort: "herstelcode", code: herstel } : null;
}

const LEGE_CODE = "Vul de code uit uw authenticator-app in.";

/** Six digits from the app; spaces (as some apps show "123 456") are ignored. */
export const codeVeld = z
  .string({ error: LEGE_CODE })
  .max(50, "Een code bestaat uit 6 cijfers.")
  .transform((v) => v.replace(/\s/g, ""))
  .pipe(z.string().min(1, LEGE_CODE).regex(/^\d{6}$/, "Een code bestaat uit 6 cijfers, zoals 123456."));

export const herstelcodeVeld = z
  .string({ error: "Vul een herstelcode in." })
  .trim()
  .min(1, "Vul een herstelcode in.")
  .max(50, "Een herstelcode bestaat uit 8 tekens, zoals abcd-efgh.")
  .transform((v, ctx) => {
    const code = normaliseerHerstelcode(v);
    if (!code) {
      ctx.addIssue({ code: "custom", message: "Een herstelcode bestaat uit 8 letters en cijfers, zoals abcd-efgh." });
      return z.NEVER;
    }
    return code;
  });

/** Mijn account asks for "a current code": one from the app, or a recovery code when the phone is gone. */
export const factorVeld = z
  .string({ error: "Vul een code uit uw authenticator-app of een herstelcode in." })
  .trim()
  .min(1, "Vul een code uit uw authenticator-app of een herstelcode in.")
  .max(50, "Vul 6 cijfers uit uw app in, of een herstelcode zoals abcd-efgh.")
  .transform((v, ctx) => {
    const factor = factorUitInvoer(v);
    if (!factor) {
      ctx.addIssue({ code: "custom", message: "Vul 6 cijfers uit uw app in, of een herstelcode zoals abcd-efgh." });
      return z.NEVER;
    }
    return factor;
  });
