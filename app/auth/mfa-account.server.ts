import { eq } from "drizzle-orm";
import { data } from "react-router";
import { db, writeTransaction } from "../../db";
import { gebruiker } from "../../db/schema";
import { writeAudit } from "../domain/audit.server";
import { parseForm } from "../domain/form-data";
import { z } from "../domain/zod";
import type { Sessiegebruiker } from "./current-user.server";
import { codeVeld, factorVeld } from "./mfa-formulieren";
import { maakHerstelcodes, verwijderHerstelcodes } from "./mfa-herstelcodes.server";
import { isMfaVerplicht } from "./mfa-verplicht";
import { controleerFactor, mfaStand, zetNieuwGeheimKlaar, type Controle } from "./mfa.server";

/**
 * The "Tweestapsverificatie" forms of Mijn account: set it up (when it is a choice, or before the
 * next login makes it a must), make new recovery codes, switch it off (only when it is a choice).
 * A person can only change their own; the beheerder's reset is mfa-reset.server.ts.
 */

const MFA_INTENTS = ["mfa-starten", "mfa-annuleren", "mfa-bevestigen", "herstelcodes-vernieuwen", "mfa-uitschakelen"] as const;
export type MfaIntent = (typeof MFA_INTENTS)[number];

export function isMfaIntent(intent: unknown): intent is MfaIntent {
  return typeof intent === "string" && (MFA_INTENTS as readonly string[]).includes(intent);
}

const MfaAccountSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("mfa-starten") }),
    z.object({ intent: z.literal("mfa-annuleren") }),
    z.object({ intent: z.literal("mfa-bevestigen"), code: codeVeld }),
    z.object({ intent: z.literal("herstelcodes-vernieuwen"), vernieuwCode: factorVeld }),
    z.object({ intent: z.literal("mfa-uitschakelen"), uitschakelCode: factorVeld }),
  ],
  { error: "Dit formulier kennen we niet. Laad de pagina opnieuw." },
);

export interface MfaActieData {
  mfa: {
    intent: MfaIntent;
    errors?: Record<string, string>;
    melding?: string;
    /** New recovery codes, in this response only: the database keeps just their hashes. */
    herstelcodes?: string[];
  };
}

function antwoord(mfa: MfaActieData["mfa"], status = 200) {
  return data<MfaActieData>({ mfa }, { status, headers: mfa.herstelcodes ? { "Cache-Control": "no-store" } : undefined });
}

function weiger(intent: MfaIntent, melding: string, status: 400 | 403 = 400) {
  return antwoord({ intent, errors: { form: melding } }, status);
}

function naControle<T>(intent: MfaIntent, veld: string, uitkomst: Controle<T>, ok: (waarde: T) => MfaActieData["mfa"]) {
  if (uitkomst.ok) return antwoord(ok(uitkomst.waarde));
  if (uitkomst.reden === "geblokkeerd") return antwoord({ intent, errors: { form: uitkomst.melding } }, 429);
  return antwoord({ intent, errors: { [veld]: uitkomst.melding } }, 400);
}

export function mfaActie(formData: FormData, user: Sessiegebruiker, now = new Date()) {
  const parsed = parseForm(formData, MfaAccountSchema);
  if (!parsed.ok) {
    const intent = formData.get("intent");
    return antwoord({ intent: isMfaIntent(intent) ? intent : "mfa-starten", errors: parsed.errors as Record<string, string> }, 400);
  }
  const invoer = parsed.data;
  const stand = mfaStand(user.id);
  const audit = { gebruikerId: user.id, ip: user.ip, entiteit: "gebruiker", entiteitId: user.id };

  switch (invoer.intent) {
    case "mfa-starten": {
      if (stand.actief) return weiger(invoer.intent, "Tweestapsverificatie staat al aan.");
      writeTransaction((tx) => {
        zetNieuwGeheimKlaar(tx, user.id);
        writeAudit(tx, { ...audit, actie: "mfa.instellen_gestart" });
      });
      return antwoord({ intent: invoer.intent });
    }

    case "mfa-annuleren": {
      if (stand.actief || !stand.geheimInAfwachting) {
        return weiger(invoer.intent, "U bent tweestapsverificatie niet aan het instellen.");
      }
      writeTransaction((tx) => {
        tx.update(gebruiker).set({ mfaSecret: null, mfaLaatsteStap: null }).where(eq(gebruiker.id, user.id)).run();
        writeAudit(tx, { ...audit, actie: "mfa.instellen_geannuleerd" });
      });
      return antwoord({ intent: invoer.intent, melding: "Het instellen van tweestapsverificatie is gestopt." });
    }

    case "mfa-bevestigen": {
      if (stand.actief) return weiger(invoer.intent, "Tweestapsverificatie staat al aan.");
      if (!stand.geheimInAfwachting) return weiger(invoer.intent, "Begin opnieuw met het instellen van tweestapsverificatie.");
      const uitkomst = controleerFactor({
        gebruikerId: user.id,
        ip: user.ip,
        now,
        factor: { soort: "code", code: invoer.code },
        geheim: "in-afwachting",
        entiteit: "gebruiker",
        entiteitId: user.id,
        bijSucces: (tx) => {
          tx.update(gebruiker).set({ mfaActiefSinds: now.toISOString() }).where(eq(gebruiker.id, user.id)).run();
          const herstelcodes = maakHerstelcodes(tx, user.id);
          writeAudit(tx, {
            ...audit,
            actie: "mfa.ingesteld",
            voor: { mfaActief: false },
            na: { mfaActief: true, mfaActiefSinds: now.toISOString(), herstelcodes: herstelcodes.length },
          });
          return herstelcodes;
        },
      });
      return naControle(invoer.intent, "code", uitkomst, (herstelcodes) => ({
        intent: "mfa-bevestigen",
        melding: "Tweestapsverificatie staat aan. Voortaan vraagt de inlogpagina na uw wachtwoord om een code uit uw app.",
        herstelcodes,
      }));
    }

    case "herstelcodes-vernieuwen": {
      if (!stand.actief) return weiger(invoer.intent, "Zet eerst tweestapsverificatie aan.");
      const uitkomst = controleerFactor({
        gebruikerId: user.id,
        ip: user.ip,
        now,
        factor: invoer.vernieuwCode,
        geheim: "actief",
        entiteit: "gebruiker",
        entiteitId: user.id,
        bijSucces: (tx) => {
          const herstelcodes = maakHerstelcodes(tx, user.id);
          writeAudit(tx, { ...audit, actie: "mfa.herstelcodes_vernieuwd", na: { herstelcodes: herstelcodes.length } });
          return herstelcodes;
        },
      });
      return naControle(invoer.intent, "vernieuwCode", uitkomst, (herstelcodes) => ({
        intent: "herstelcodes-vernieuwen",
        melding: "U heeft nieuwe herstelcodes. De oude werken niet meer.",
        herstelcodes,
      }));
    }

    case "mfa-uitschakelen": {
      if (!stand.actief) return weiger(invoer.intent, "Tweestapsverificatie staat al uit.");
      if (isMfaVerplicht(user.rollen)) {
        writeAudit(db, { ...audit, actie: "mfa.uitgeschakeld", resultaat: "geweigerd" });
        return weiger(invoer.intent, "Voor uw rol is tweestapsverificatie verplicht. U kunt hem niet uitzetten.", 403);
      }
      const uitkomst = controleerFactor({
        gebruikerId: user.id,
        ip: user.ip,
        now,
        factor: invoer.uitschakelCode,
        geheim: "actief",
        entiteit: "gebruiker",
        entiteitId: user.id,
        bijSucces: (tx) => {
          tx.update(gebruiker)
            .set({ mfaSecret: null, mfaActiefSinds: null, mfaLaatsteStap: null })
            .where(eq(gebruiker.id, user.id))
            .run();
          const herstelcodes = verwijderHerstelcodes(tx, user.id);
          writeAudit(tx, { ...audit, actie: "mfa.uitgeschakeld", voor: { mfaActief: true, herstelcodes }, na: { mfaActief: false } });
        },
      });
      return naControle(invoer.intent, "uitschakelCode", uitkomst, () => ({
        intent: "mfa-uitschakelen",
        melding: "Tweestapsverificatie staat uit. U logt voortaan in met alleen uw wachtwoord.",
      }));
    }
  }
}
