import { and, eq, isNull } from "drizzle-orm";
import { writeTransaction } from "../../../db";
import { importSessie } from "../../../db/schema";
import type { FieldErrors } from "../../components/form";
import { createActie, findPlan } from "../acties/actie-opslaan.server";
import { vraagtVerantwoording } from "../acties/status-regels";
import { postVoortgang, VoortgangSchema } from "../acties/voortgang.server";
import { writeAudit } from "../audit.server";
import { vandaag } from "../format";
import type { Actor } from "../permissions";
import { controleerSessie, laadOpzoeklijsten, rijenTekst } from "./import-controle.server";
import { ALLEEN_CONCEPT_IMPORT } from "./import-meldingen";
import { findSessie, type ImportSessie } from "./import-sessie.server";
import { ontbrekendeVelden } from "./koppeling-controle";

/**
 * Imports every row of a checked sheet as an actie, all or nothing, in one immediate transaction.
 * Each actie is made exactly as the "nieuwe actie" page makes it (createActie: code, links, audit),
 * and a status other than "niet gestart" enters through a voortgangsupdate, as every status does.
 * A session imports once: the second time nothing happens.
 */

const NIET_IN_BESTAND = "Niet vastgelegd in het geïmporteerde bestand; vul dit aan bij de volgende voortgangsupdate.";

export type ImportResultaat =
  | { ok: true; aantal: number; herhaald: boolean }
  | { ok: false; status: 400 | 404; errors: FieldErrors };

/** Stops the transaction (and so rolls everything back) with the answer for the user. */
class Afgebroken extends Error {
  constructor(readonly resultaat: ImportResultaat) {
    super("import afgebroken");
  }
}

function fout(melding: string): ImportResultaat {
  return { ok: false, status: 400, errors: { form: melding } };
}

function toelichtingVoor(sessie: ImportSessie, eigen: string | null): string {
  const basis = `Geïmporteerd uit ${sessie.bestandsnaam}.`;
  return eigen ? `${basis} ${eigen}` : basis;
}

export function voerImportUit(user: Actor & { ip?: string | null }, regioId: number, jaar: number, sessieId: number): ImportResultaat {
  try {
    return writeTransaction((tx): ImportResultaat => {
      const plan = findPlan(tx, regioId, jaar);
      const sessie = plan && findSessie(tx, regioId, plan.id, user.id, sessieId);
      if (!plan || !sessie) return { ok: false, status: 404, errors: { form: "Deze import bestaat niet (meer)." } };
      if (sessie.geimporteerdOp) return { ok: true, aantal: 0, herhaald: true };
      if (plan.status !== "concept") return fout(ALLEEN_CONCEPT_IMPORT);
      const ontbreekt = ontbrekendeVelden(sessie.koppeling);
      if (ontbreekt.length > 0) return fout(`Koppel eerst een kolom aan: ${ontbreekt.join(", ")}.`);

      const voorbeeld = controleerSessie(sessie, laadOpzoeklijsten(tx, regioId, plan, user.id));
      if (voorbeeld.rijen.length === 0) return fout("Er zijn geen rijen om te importeren.");
      if (voorbeeld.foutRijen.length > 0) {
        return fout(
          `Er is niets geïmporteerd: ${rijenTekst(voorbeeld.foutRijen)} ${voorbeeld.foutRijen.length === 1 ? "heeft" : "hebben"} fouten. Pas het bestand of de koppeling aan en probeer het opnieuw.`,
        );
      }

      const actieIds: number[] = [];
      for (const rij of voorbeeld.rijen) {
        const actie = rij.actie!;
        const gemaakt = createActie(user, regioId, plan.jaar, actie.invoer);
        if (!gemaakt.ok) throw new Afgebroken(fout(`Er is niets geïmporteerd: rij ${rij.rij} kon niet worden opgeslagen. ${Object.values(gemaakt.errors).join(" ")}`));
        if (actie.status !== "niet_gestart") {
          const verantwoording = vraagtVerantwoording(actie.status) ? NIET_IN_BESTAND : undefined;
          const invoer = VoortgangSchema.safeParse({
            status: actie.status,
            datum: vandaag(),
            toelichting: toelichtingVoor(sessie, actie.toelichting),
            oorzaak: verantwoording,
            gevolg: verantwoording,
            bijsturing: verantwoording,
            idempotencyKey: `import-${sessie.id}-${rij.rij}`,
          });
          const gezet = invoer.success ? postVoortgang(user, regioId, gemaakt.id, invoer.data) : null;
          if (!gezet?.ok) throw new Afgebroken(fout(`Er is niets geïmporteerd: de status van rij ${rij.rij} kon niet worden vastgelegd.`));
        }
        actieIds.push(gemaakt.id);
      }

      const { changes } = tx
        .update(importSessie)
        .set({ geimporteerdOp: new Date().toISOString() })
        .where(and(eq(importSessie.id, sessie.id), isNull(importSessie.geimporteerdOp)))
        .run();
      if (changes === 0) throw new Afgebroken({ ok: true, aantal: 0, herhaald: true });
      writeAudit(tx, {
        regioId,
        gebruikerId: user.id,
        ip: user.ip,
        entiteit: "import_sessie",
        entiteitId: sessie.id,
        actie: "geimporteerd",
        na: { planId: plan.id, jaar: plan.jaar, bestandsnaam: sessie.bestandsnaam, aantal: actieIds.length, actieIds, overgeslagenRijen: voorbeeld.overgeslagen },
      });
      return { ok: true, aantal: actieIds.length, herhaald: false };
    });
  } catch (e) {
    if (e instanceof Afgebroken) return e.resultaat;
    throw e;
  }
}
