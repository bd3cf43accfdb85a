import { and, desc, eq, max, sql } from "drizzle-orm";
import { writeTransaction, type Tx } from "../../../db";
import { audit, gebruiker, lokaleKamer, mijlpaal, type MijlpaalStatus } from "../../../db/schema";
import type { FieldErrors } from "../../components/form";
import { writeAudit } from "../audit.server";
import { can, type Actor } from "../permissions";
import { leesSleutel, type MijlpaalInvoer, type NieuweMijlpaalInvoer } from "./formulieren";
import { actiefSjabloon, findLokaleKamerId, procesregisseurVan } from "./kamer.server";

/**
 * Changing a gemeente's mijlpalen. Every change runs in one immediate transaction with its audit
 * row; the first change creates the lokale kamer itself from the regio's active template.
 * Audit rows of a mijlpaal carry the lokaleKamerId in voor/na, so the page can show the history
 * of its own gemeente (also of mijlpalen that were removed later).
 */

type Gebruiker = Actor & { ip?: string | null };

export interface MijlpaalStand {
  titel: string;
  status: MijlpaalStatus;
  streefdatum: string | null;
  gereedOp: string | null;
  toelichting: string | null;
  documentUrl: string | null;
}

export interface Conflict {
  door: string | null;
  op: string | null;
  huidig: MijlpaalStand;
}

export type KamerResultaat =
  | { ok: true; mijlpaalId: number; gewijzigd: boolean }
  | { ok: false; status: 400 | 403; errors: FieldErrors }
  | { ok: false; status: 409; errors: FieldErrors; conflict: Conflict; version: number };

const GEEN_RECHT: KamerResultaat = {
  ok: false,
  status: 403,
  errors: { form: "U mag de lokale kamer van deze gemeente niet bewerken." },
};

/** Thrown inside a transaction to roll it back (also the lokale kamer it may just have created). */
class Afgewezen extends Error {
  constructor(readonly resultaat: KamerResultaat) {
    super("afgewezen");
  }
}

function alsTransactie(werk: (tx: Tx) => KamerResultaat): KamerResultaat {
  try {
    return writeTransaction((tx) => {
      const resultaat = werk(tx);
      if (!resultaat.ok) throw new Afgewezen(resultaat);
      return resultaat;
    });
  } catch (fout) {
    if (fout instanceof Afgewezen) return fout.resultaat;
    throw fout;
  }
}

const VELDEN = ["titel", "status", "streefdatum", "gereedOp", "toelichting", "documentUrl"] as const;

/** The lokale kamer of the gemeente; created with the active template's mijlpalen when absent. */
export function zorgVoorLokaleKamer(tx: Tx, user: Gebruiker, regioId: number, gemeenteId: number): number {
  const bestaand = findLokaleKamerId(tx, regioId, gemeenteId);
  if (bestaand !== null) return bestaand;

  const procesregisseur = procesregisseurVan(tx, regioId, gemeenteId);
  const id = tx
    .insert(lokaleKamer)
    .values({ gemeenteId, procesregisseurId: procesregisseur?.id ?? null })
    .returning({ id: lokaleKamer.id })
    .get().id;
  const sjabloon = actiefSjabloon(tx, regioId);
  if (sjabloon.length > 0) {
    tx.insert(mijlpaal)
      .values(sjabloon.map((t) => ({ lokaleKamerId: id, templateId: t.id, titel: t.titel, volgorde: t.volgorde })))
      .run();
  }
  writeAudit(tx, {
    regioId,
    gebruikerId: user.id,
    ip: user.ip,
    entiteit: "lokale_kamer",
    entiteitId: id,
    actie: "aangemaakt",
    na: { gemeenteId, mijlpalen: sjabloon.length },
  });
  return id;
}

/** Who last changed a mijlpaal and when, for the conflict message. */
function laatsteWijziging(tx: Tx, regioId: number, mijlpaalId: number) {
  return tx
    .select({ op: audit.tijdstip, door: gebruiker.naam })
    .from(audit)
    .leftJoin(gebruiker, eq(gebruiker.id, audit.gebruikerId))
    .where(and(eq(audit.regioId, regioId), eq(audit.entiteit, "mijlpaal"), eq(audit.entiteitId, String(mijlpaalId)), eq(audit.resultaat, "ok")))
    .orderBy(desc(audit.id))
    .get();
}

export function werkMijlpaalBij(user: Gebruiker, regioId: number, gemeenteId: number, invoer: MijlpaalInvoer): KamerResultaat {
  if (!can(user, { recht: "lokaleKamer.bewerken", regioId, gemeenteId })) return GEEN_RECHT;
  const sleutel = leesSleutel(invoer.sleutel);
  if (!sleutel) return { ok: false, status: 400, errors: { form: "Onbekende mijlpaal." } };

  return alsTransactie((tx): KamerResultaat => {
    const lokaleKamerId = zorgVoorLokaleKamer(tx, user, regioId, gemeenteId);
    const huidig = tx
      .select({
        id: mijlpaal.id,
        templateId: mijlpaal.templateId,
        titel: mijlpaal.titel,
        status: mijlpaal.status,
        streefdatum: mijlpaal.streefdatum,
        gereedOp: mijlpaal.gereedOp,
        toelichting: mijlpaal.toelichting,
        documentUrl: mijlpaal.documentUrl,
        version: mijlpaal.version,
      })
      .from(mijlpaal)
      .where(
        and(
          eq(mijlpaal.lokaleKamerId, lokaleKamerId),
          sleutel.soort === "m" ? eq(mijlpaal.id, sleutel.id) : eq(mijlpaal.templateId, sleutel.id),
        ),
      )
      .get();
    if (!huidig) {
      return { ok: false, status: 400, errors: { form: "Deze mijlpaal bestaat niet (meer) in de lokale kamer van deze gemeente." } };
    }

    const { id, templateId, version, ...stand } = huidig;
    if (version !== invoer.version) {
      const laatste = laatsteWijziging(tx, regioId, id);
      return {
        ok: false,
        status: 409,
        errors: {
          form: "Deze mijlpaal is intussen door iemand anders gewijzigd. Uw invoer is nog niet opgeslagen: vergelijk hem met de huidige stand en sla opnieuw op.",
        },
        conflict: { door: laatste?.door ?? null, op: laatste?.op ?? null, huidig: stand },
        version,
      };
    }

    // The title of a template mijlpaal is the regio's; a gemeente names only its own mijlpalen.
    const eigen = templateId === null;
    if (eigen && !invoer.titel) return { ok: false, status: 400, errors: { titel: "Vul de titel van de mijlpaal in." } };
    const nieuw: MijlpaalStand = {
      titel: eigen && invoer.titel ? invoer.titel : stand.titel,
      status: invoer.status,
      streefdatum: invoer.streefdatum,
      gereedOp: invoer.gereedOp,
      toelichting: invoer.toelichting,
      documentUrl: invoer.documentUrl,
    };
    const gewijzigd = VELDEN.filter((veld) => nieuw[veld] !== stand[veld]);
    if (gewijzigd.length === 0) return { ok: true, mijlpaalId: id, gewijzigd: false };

    tx.update(mijlpaal)
      .set({ ...nieuw, version: sql`${mijlpaal.version} + 1` })
      .where(and(eq(mijlpaal.id, id), eq(mijlpaal.version, version)))
      .run();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "mijlpaal",
      entiteitId: id,
      actie: "gewijzigd",
      voor: { lokaleKamerId, mijlpaal: stand.titel, ...Object.fromEntries(gewijzigd.map((v) => [v, stand[v]])) },
      na: { lokaleKamerId, mijlpaal: nieuw.titel, ...Object.fromEntries(gewijzigd.map((v) => [v, nieuw[v]])) },
    });
    return { ok: true, mijlpaalId: id, gewijzigd: true };
  });
}

/**
 * A gemeente-specific mijlpaal, after the others. A second one with the same title is refused:
 * that also makes a double submit harmless, as the form has no idempotency key of its own.
 */
export function voegMijlpaalToe(user: Gebruiker, regioId: number, gemeenteId: number, invoer: NieuweMijlpaalInvoer): KamerResultaat {
  if (!can(user, { recht: "lokaleKamer.bewerken", regioId, gemeenteId })) return GEEN_RECHT;

  return alsTransactie((tx): KamerResultaat => {
    const lokaleKamerId = zorgVoorLokaleKamer(tx, user, regioId, gemeenteId);
    const dubbel = tx
      .select({ id: mijlpaal.id })
      .from(mijlpaal)
      .where(and(eq(mijlpaal.lokaleKamerId, lokaleKamerId), sql`lower(${mijlpaal.titel}) = lower(${invoer.nieuweTitel})`))
      .get();
    if (dubbel) {
      return { ok: false, status: 400, errors: { nieuweTitel: "Deze gemeente heeft al een mijlpaal met deze titel." } };
    }
    const hoogste = tx.select({ v: max(mijlpaal.volgorde) }).from(mijlpaal).where(eq(mijlpaal.lokaleKamerId, lokaleKamerId)).get()?.v ?? 0;
    const id = tx
      .insert(mijlpaal)
      .values({ lokaleKamerId, templateId: null, titel: invoer.nieuweTitel, volgorde: hoogste + 1, streefdatum: invoer.nieuweStreefdatum })
      .returning({ id: mijlpaal.id })
      .get().id;
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "mijlpaal",
      entiteitId: id,
      actie: "aangemaakt",
      na: { lokaleKamerId, mijlpaal: invoer.nieuweTitel, titel: invoer.nieuweTitel, streefdatum: invoer.nieuweStreefdatum },
    });
    return { ok: true, mijlpaalId: id, gewijzigd: true };
  });
}
