import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { writeTransaction, type Tx } from "../../../db";
import {
  actie,
  actieUitvoering,
  gebruiker,
  gemeente,
  lidmaatschap,
  regiovisie,
  uitvoeringVoortgang,
  uitvoeringsplan,
  type ActieStatus,
} from "../../../db/schema";
import { findActieFeiten } from "../acties/actie-feiten.server";
import { verantwoordingVelden } from "../acties/status-regels";
import { eerdereVoortgang, voegVoortgangToe, type VoortgangInvoer } from "../acties/voortgang.server";
import { writeAudit } from "../audit.server";
import { formatDatum } from "../format";
import type { Actor } from "../permissions";
import { werkAfgeleideStatusBij } from "./afleiding.server";
import type { FormFouten } from "./uitvoering-formulieren";
import { EIGENAAR_ROLLEN, magUitvoeringBijwerken, magUitvoeringInrichten } from "./uitvoering-rechten";

type Gebruiker = Actor & { ip?: string | null };

export type UitvoeringResultaat =
  | { ok: true; herhaald?: boolean; afgeleid: ActieStatus | null }
  | { ok: false; status: 400 | 403 | 404 | 409; errors: FormFouten };

const ACTIE_WEG: UitvoeringResultaat = { ok: false, status: 404, errors: { form: "Deze actie bestaat niet (meer)." } };
const UITVOERING_WEG: UitvoeringResultaat = {
  ok: false,
  status: 404,
  errors: { form: "Deze uitvoering bestaat niet (meer), of hoort niet bij deze actie." },
};

function weiger(tx: Tx, user: Gebruiker, regioId: number, entiteit: string, entiteitId: number, handeling: string, melding: string): UitvoeringResultaat {
  writeAudit(tx, { regioId, gebruikerId: user.id, ip: user.ip, entiteit, entiteitId, actie: handeling, resultaat: "geweigerd" });
  return { ok: false, status: 403, errors: { form: melding } };
}

/** The regional actie of this regio a coordinator wants to (re)arrange, or why not. */
type InrichtbareActie =
  | { fout: UitvoeringResultaat }
  | { feiten: NonNullable<ReturnType<typeof findActieFeiten>>; perGemeente: boolean; overschreven: boolean };

function inrichtbareActie(tx: Tx, user: Gebruiker, regioId: number, actieId: number, handeling: string): InrichtbareActie {
  const feiten = findActieFeiten(tx, regioId, actieId);
  if (!feiten) return { fout: ACTIE_WEG };
  if (!magUitvoeringInrichten(user, regioId)) {
    return { fout: weiger(tx, user, regioId, "actie", actieId, handeling, "U mag de uitvoering per gemeente van deze actie niet inrichten.") };
  }
  const vlaggen = tx
    .select({ perGemeente: actie.uitvoeringPerGemeente, overschreven: actie.statusOverschreven })
    .from(actie)
    .where(eq(actie.id, actieId))
    .get()!;
  return { feiten, perGemeente: vlaggen.perGemeente, overschreven: vlaggen.overschreven };
}

function uitvoeringenMetVoortgang(tx: Tx, actieId: number) {
  return tx
    .select({
      id: actieUitvoering.id,
      gemeenteId: actieUitvoering.gemeenteId,
      naam: gemeente.naam,
      voortgang: sql<number>`(select count(*) from ${uitvoeringVoortgang} where ${uitvoeringVoortgang.uitvoeringId} = ${actieUitvoering.id})`,
    })
    .from(actieUitvoering)
    .innerJoin(gemeente, eq(gemeente.id, actieUitvoering.gemeenteId))
    .where(eq(actieUitvoering.actieId, actieId))
    .all();
}

/**
 * Marks a regional actie as carried out per gemeente for exactly these gemeenten: new ones start
 * as niet gestart, left-out ones are removed, but only while they have no voortgang (that history
 * must not be lost). The actie's status then follows from the gemeenten.
 */
export function zetUitvoeringGemeenten(user: Gebruiker, regioId: number, actieId: number, gemeenteIds: number[]): UitvoeringResultaat {
  return writeTransaction((tx): UitvoeringResultaat => {
    const actieStaat = inrichtbareActie(tx, user, regioId, actieId, "uitvoering.gemeenten");
    if ("fout" in actieStaat) return actieStaat.fout;
    if (actieStaat.feiten.niveau !== "regionaal") {
      return { ok: false, status: 400, errors: { form: "Alleen een regionale actie kan per gemeente worden uitgevoerd." } };
    }

    const gekozen = [...new Set(gemeenteIds)];
    const bekend = tx
      .select({ id: gemeente.id })
      .from(gemeente)
      .where(and(eq(gemeente.regioId, regioId), inArray(gemeente.id, gekozen)))
      .all();
    if (bekend.length !== gekozen.length) {
      return { ok: false, status: 400, errors: { gemeenteIds: "Kies alleen gemeenten van deze regio." } };
    }

    const bestaand = uitvoeringenMetVoortgang(tx, actieId);
    const weg = bestaand.filter((u) => !gekozen.includes(u.gemeenteId));
    const metHistorie = weg.filter((u) => u.voortgang > 0);
    if (metHistorie.length > 0) {
      const namen = metHistorie.map((u) => u.naam).join(", ");
      return {
        ok: false,
        status: 400,
        errors: { gemeenteIds: `De uitvoering van ${namen} heeft al voortgang en kan daarom niet worden verwijderd.` },
      };
    }
    const nieuw = gekozen.filter((id) => !bestaand.some((u) => u.gemeenteId === id));

    if (nieuw.length) tx.insert(actieUitvoering).values(nieuw.map((gemeenteId) => ({ actieId, gemeenteId }))).run();
    if (weg.length) tx.delete(actieUitvoering).where(inArray(actieUitvoering.id, weg.map((u) => u.id))).run();
    tx.update(actie).set({ uitvoeringPerGemeente: true, gewijzigdOp: new Date().toISOString() }).where(eq(actie.id, actieId)).run();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "actie",
      entiteitId: actieId,
      actie: "uitvoering.gemeenten",
      voor: { uitvoeringPerGemeente: actieStaat.perGemeente, gemeenteIds: bestaand.map((u) => u.gemeenteId) },
      na: { uitvoeringPerGemeente: true, gemeenteIds: gekozen, toegevoegd: nieuw, verwijderd: weg.map((u) => u.gemeenteId) },
    });
    const afgeleid = werkAfgeleideStatusBij(tx, user, regioId, actieId, "Aanleiding: de gemeenten van de uitvoering zijn gewijzigd.");
    return { ok: true, afgeleid };
  });
}

/** Ends the uitvoering per gemeente, only while no gemeente has reported voortgang on it. */
export function stopUitvoering(user: Gebruiker, regioId: number, actieId: number): UitvoeringResultaat {
  return writeTransaction((tx): UitvoeringResultaat => {
    const actieStaat = inrichtbareActie(tx, user, regioId, actieId, "uitvoering.stoppen");
    if ("fout" in actieStaat) return actieStaat.fout;
    if (!actieStaat.perGemeente) return { ok: false, status: 400, errors: { form: "Deze actie wordt niet per gemeente uitgevoerd." } };
    const bestaand = uitvoeringenMetVoortgang(tx, actieId);
    if (bestaand.some((u) => u.voortgang > 0)) {
      return {
        ok: false,
        status: 400,
        errors: { form: "Er is al voortgang per gemeente gemeld; de uitvoering per gemeente kan daarom niet meer worden gestopt." },
      };
    }
    tx.delete(actieUitvoering).where(eq(actieUitvoering.actieId, actieId)).run();
    tx.update(actie)
      .set({ uitvoeringPerGemeente: false, statusOverschreven: false, gewijzigdOp: new Date().toISOString() })
      .where(eq(actie.id, actieId))
      .run();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "actie",
      entiteitId: actieId,
      actie: "uitvoering.gestopt",
      voor: { uitvoeringPerGemeente: true, gemeenteIds: bestaand.map((u) => u.gemeenteId) },
      na: { uitvoeringPerGemeente: false },
    });
    return { ok: true, afgeleid: null };
  });
}

/** One uitvoering of this actie in this regio, or undefined (tenant isolation in the query). */
function vindUitvoering(tx: Tx, regioId: number, actieId: number, uitvoeringId: number) {
  return tx
    .select({
      id: actieUitvoering.id,
      gemeenteId: actieUitvoering.gemeenteId,
      gemeenteNaam: gemeente.naam,
      eigenaarId: actieUitvoering.eigenaarId,
      status: actieUitvoering.status,
      version: actieUitvoering.version,
    })
    .from(actieUitvoering)
    .innerJoin(actie, eq(actie.id, actieUitvoering.actieId))
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .innerJoin(gemeente, eq(gemeente.id, actieUitvoering.gemeenteId))
    .where(and(eq(actieUitvoering.id, uitvoeringId), eq(actie.id, actieId), eq(regiovisie.regioId, regioId), eq(actie.uitvoeringPerGemeente, true)))
    .get();
}

/**
 * A gemeente reports voortgang on its own part (same rules as voortgang on an actie: append-only,
 * verantwoording where needed, an idempotency key). The actie's derived status follows in the
 * same transaction.
 */
export function plaatsUitvoeringVoortgang(
  user: Gebruiker,
  regioId: number,
  actieId: number,
  uitvoeringId: number,
  invoer: VoortgangInvoer,
): UitvoeringResultaat {
  return writeTransaction((tx): UitvoeringResultaat => {
    const deel = vindUitvoering(tx, regioId, actieId, uitvoeringId);
    if (!deel) return UITVOERING_WEG;
    if (!magUitvoeringBijwerken(user, { regioId, gemeenteId: deel.gemeenteId, eigenaarId: deel.eigenaarId })) {
      return weiger(tx, user, regioId, "actie_uitvoering", uitvoeringId, "voortgang.plaatsen", `U mag de voortgang van ${deel.gemeenteNaam} niet bijwerken.`);
    }

    const eerder = tx
      .select({ uitvoeringId: uitvoeringVoortgang.uitvoeringId, auteurId: uitvoeringVoortgang.auteurId })
      .from(uitvoeringVoortgang)
      .where(eq(uitvoeringVoortgang.idempotencyKey, invoer.idempotencyKey))
      .get();
    if (eerder) {
      if (eerder.uitvoeringId !== uitvoeringId || eerder.auteurId !== user.id) {
        return { ok: false, status: 400, errors: { form: "Dit formulier is al gebruikt; laad de pagina opnieuw." } };
      }
      return { ok: true, herhaald: true, afgeleid: null };
    }

    const laatste = tx
      .select({ datum: uitvoeringVoortgang.datum })
      .from(uitvoeringVoortgang)
      .where(eq(uitvoeringVoortgang.uitvoeringId, uitvoeringId))
      .orderBy(desc(uitvoeringVoortgang.datum), desc(uitvoeringVoortgang.id))
      .get();
    if (laatste && invoer.datum < laatste.datum) {
      return {
        ok: false,
        status: 400,
        errors: { datum: `De datum kan niet vóór de laatste voortgangsupdate van ${deel.gemeenteNaam} (${formatDatum(laatste.datum)}) liggen.` },
      };
    }

    const { id } = tx
      .insert(uitvoeringVoortgang)
      .values({
        uitvoeringId,
        auteurId: user.id,
        datum: invoer.datum,
        statusVan: deel.status,
        statusNaar: invoer.status,
        toelichting: invoer.toelichting,
        ...verantwoordingVelden(invoer),
        idempotencyKey: invoer.idempotencyKey,
      })
      .returning({ id: uitvoeringVoortgang.id })
      .get();
    tx.update(actieUitvoering)
      .set({ status: invoer.status, version: deel.version + 1 })
      .where(eq(actieUitvoering.id, uitvoeringId))
      .run();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "actie_uitvoering",
      entiteitId: uitvoeringId,
      actie: "voortgang.plaatsen",
      voor: { status: deel.status },
      na: { status: invoer.status, uitvoeringVoortgangId: id, datum: invoer.datum, actieId, gemeenteId: deel.gemeenteId },
    });
    const afgeleid = werkAfgeleideStatusBij(tx, user, regioId, actieId, `Aanleiding: voortgang van ${deel.gemeenteNaam}.`);
    return { ok: true, herhaald: false, afgeleid };
  });
}

/** Names the person of that gemeente who answers for its part (or nobody). */
export function zetUitvoeringEigenaar(
  user: Gebruiker,
  regioId: number,
  actieId: number,
  invoer: { uitvoeringId: number; eigenaarId: number | null; version: number },
): UitvoeringResultaat {
  return writeTransaction((tx): UitvoeringResultaat => {
    const deel = vindUitvoering(tx, regioId, actieId, invoer.uitvoeringId);
    if (!deel) return UITVOERING_WEG;
    if (!magUitvoeringBijwerken(user, { regioId, gemeenteId: deel.gemeenteId, eigenaarId: deel.eigenaarId })) {
      return weiger(tx, user, regioId, "actie_uitvoering", deel.id, "eigenaar.wijzigen", `U mag de eigenaar bij ${deel.gemeenteNaam} niet wijzigen.`);
    }
    if (deel.version !== invoer.version) {
      return {
        ok: false,
        status: 409,
        errors: { form: `De uitvoering van ${deel.gemeenteNaam} is intussen door iemand anders gewijzigd. Bekijk de nieuwe stand en kies opnieuw.` },
      };
    }
    if (invoer.eigenaarId !== null) {
      const lid = tx
        .select({ id: lidmaatschap.id })
        .from(lidmaatschap)
        .innerJoin(gebruiker, eq(gebruiker.id, lidmaatschap.gebruikerId))
        .where(
          and(
            eq(lidmaatschap.gebruikerId, invoer.eigenaarId),
            eq(lidmaatschap.regioId, regioId),
            eq(lidmaatschap.gemeenteId, deel.gemeenteId),
            inArray(lidmaatschap.rol, [...EIGENAAR_ROLLEN]),
            eq(gebruiker.actief, true),
          ),
        )
        .get();
      if (!lid) return { ok: false, status: 400, errors: { eigenaarId: `Kies een medewerker van ${deel.gemeenteNaam}.` } };
    }
    if (invoer.eigenaarId === deel.eigenaarId) return { ok: true, afgeleid: null };
    tx.update(actieUitvoering)
      .set({ eigenaarId: invoer.eigenaarId, version: deel.version + 1 })
      .where(eq(actieUitvoering.id, deel.id))
      .run();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "actie_uitvoering",
      entiteitId: deel.id,
      actie: "eigenaar.gewijzigd",
      voor: { eigenaarId: deel.eigenaarId },
      na: { eigenaarId: invoer.eigenaarId, actieId, gemeenteId: deel.gemeenteId },
    });
    return { ok: true, afgeleid: null };
  });
}

/**
 * The coordinator sets the actie's status by hand, with a voortgang that explains why; from then
 * on updates per gemeente no longer change it, until the override is lifted.
 */
export function overschrijfStatus(user: Gebruiker, regioId: number, actieId: number, invoer: VoortgangInvoer): UitvoeringResultaat {
  return writeTransaction((tx): UitvoeringResultaat => {
    const actieStaat = inrichtbareActie(tx, user, regioId, actieId, "status.overschrijven");
    if ("fout" in actieStaat) return actieStaat.fout;
    if (!actieStaat.perGemeente) return { ok: false, status: 400, errors: { form: "Deze actie wordt niet per gemeente uitgevoerd." } };

    const eerder = eerdereVoortgang(tx, invoer.idempotencyKey, actieId, user.id);
    if (eerder) return eerder.ok ? { ok: true, herhaald: true, afgeleid: null } : eerder;
    const geschreven = voegVoortgangToe(
      tx,
      { actieId, auteurId: user.id, statusVan: actieStaat.feiten.status, invoer },
      { statusOverschreven: true },
    );
    if (!geschreven.ok) return geschreven;
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "actie",
      entiteitId: actieId,
      actie: "status.overschreven",
      voor: { status: actieStaat.feiten.status, statusOverschreven: actieStaat.overschreven },
      na: { status: invoer.status, statusOverschreven: true, voortgangId: geschreven.voortgangId },
    });
    return { ok: true, herhaald: false, afgeleid: null };
  });
}

/** Lifts the override: the status follows the gemeenten again (with a voortgang if it changes). */
export function herstelAfleiding(user: Gebruiker, regioId: number, actieId: number): UitvoeringResultaat {
  return writeTransaction((tx): UitvoeringResultaat => {
    const actieStaat = inrichtbareActie(tx, user, regioId, actieId, "status.afleiding_hersteld");
    if ("fout" in actieStaat) return actieStaat.fout;
    if (!actieStaat.perGemeente || !actieStaat.overschreven) {
      return { ok: false, status: 400, errors: { form: "De status van deze actie is niet met de hand vastgezet." } };
    }
    tx.update(actie).set({ statusOverschreven: false, gewijzigdOp: new Date().toISOString() }).where(eq(actie.id, actieId)).run();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "actie",
      entiteitId: actieId,
      actie: "status.afleiding_hersteld",
      voor: { statusOverschreven: true },
      na: { statusOverschreven: false },
    });
    const afgeleid = werkAfgeleideStatusBij(tx, user, regioId, actieId, "Aanleiding: de handmatig gezette status is opgeheven.");
    return { ok: true, afgeleid };
  });
}
