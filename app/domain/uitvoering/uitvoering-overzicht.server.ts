import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "../../../db";
import { actie, actieUitvoering, gebruiker, gemeente, lidmaatschap, uitvoeringVoortgang, type ActieStatus } from "../../../db/schema";
import type { Actor } from "../permissions";
import { afgeleideStatus, rollupTekst, telStatussen, type Telling } from "./afgeleide-status";
import { EIGENAAR_ROLLEN, magUitvoeringBijwerken, magUitvoeringInrichten } from "./uitvoering-rechten";

export interface UitvoeringVoortgangItem {
  id: number;
  datum: string;
  statusVan: ActieStatus;
  statusNaar: ActieStatus;
  toelichting: string;
  oorzaak: string | null;
  gevolg: string | null;
  bijsturing: string | null;
  auteur: string;
}

export interface UitvoeringRij {
  id: number;
  gemeenteId: number;
  gemeenteNaam: string;
  gemeenteSlug: string;
  status: ActieStatus;
  eigenaarId: number | null;
  eigenaarNaam: string | null;
  version: number;
  laatsteVoortgang: string | null;
  magBijwerken: boolean;
  kandidaten: { id: number; naam: string }[];
  voortgang: UitvoeringVoortgangItem[];
}

export interface UitvoeringOverzicht {
  perGemeente: boolean;
  statusOverschreven: boolean;
  magInrichten: boolean;
  gemeenten: { id: number; naam: string }[];
  rijen: UitvoeringRij[];
  telling: Telling;
  rollup: string;
  afgeleid: ActieStatus | null;
}

/**
 * The "Uitvoering per gemeente" section of an actie page, in a fixed number of queries
 * whatever the number of gemeenten. `actieId` must already be known to belong to the regio.
 */
export function laadUitvoeringOverzicht(user: Actor, regioId: number, actieId: number): UitvoeringOverzicht | null {
  const vlaggen = db
    .select({ niveau: actie.niveau, perGemeente: actie.uitvoeringPerGemeente, overschreven: actie.statusOverschreven })
    .from(actie)
    .where(eq(actie.id, actieId))
    .get();
  if (!vlaggen || vlaggen.niveau !== "regionaal") return null;
  const magInrichten = magUitvoeringInrichten(user, regioId);
  if (!vlaggen.perGemeente && !magInrichten) return null;

  const gemeenten = db
    .select({ id: gemeente.id, naam: gemeente.naam })
    .from(gemeente)
    .where(eq(gemeente.regioId, regioId))
    .orderBy(asc(gemeente.naam))
    .all();

  const basis = db
    .select({
      id: actieUitvoering.id,
      gemeenteId: actieUitvoering.gemeenteId,
      gemeenteNaam: gemeente.naam,
      gemeenteSlug: gemeente.slug,
      status: actieUitvoering.status,
      eigenaarId: actieUitvoering.eigenaarId,
      eigenaarNaam: gebruiker.naam,
      version: actieUitvoering.version,
    })
    .from(actieUitvoering)
    .innerJoin(gemeente, and(eq(gemeente.id, actieUitvoering.gemeenteId), eq(gemeente.regioId, regioId)))
    .leftJoin(gebruiker, eq(gebruiker.id, actieUitvoering.eigenaarId))
    .where(eq(actieUitvoering.actieId, actieId))
    .orderBy(asc(gemeente.naam))
    .all();

  const ids = basis.map((b) => b.id);
  const voortgang = ids.length
    ? db
        .select({
          id: uitvoeringVoortgang.id,
          uitvoeringId: uitvoeringVoortgang.uitvoeringId,
          datum: uitvoeringVoortgang.datum,
          statusVan: uitvoeringVoortgang.statusVan,
          statusNaar: uitvoeringVoortgang.statusNaar,
          toelichting: uitvoeringVoortgang.toelichting,
          oorzaak: uitvoeringVoortgang.oorzaak,
          gevolg: uitvoeringVoortgang.gevolg,
          bijsturing: uitvoeringVoortgang.bijsturing,
          auteur: gebruiker.naam,
        })
        .from(uitvoeringVoortgang)
        .innerJoin(gebruiker, eq(gebruiker.id, uitvoeringVoortgang.auteurId))
        .where(inArray(uitvoeringVoortgang.uitvoeringId, ids))
        .orderBy(desc(uitvoeringVoortgang.datum), desc(uitvoeringVoortgang.id))
        .all()
    : [];

  const gemeenteIds = [...new Set(basis.map((b) => b.gemeenteId))];
  const kandidaten = gemeenteIds.length
    ? db
        .select({ id: gebruiker.id, naam: gebruiker.naam, gemeenteId: sql<number>`${lidmaatschap.gemeenteId}` })
        .from(lidmaatschap)
        .innerJoin(gebruiker, eq(gebruiker.id, lidmaatschap.gebruikerId))
        .where(
          and(
            eq(lidmaatschap.regioId, regioId),
            inArray(lidmaatschap.gemeenteId, gemeenteIds),
            inArray(lidmaatschap.rol, [...EIGENAAR_ROLLEN]),
            eq(gebruiker.actief, true),
          ),
        )
        .orderBy(asc(gebruiker.naam))
        .all()
    : [];

  const rijen: UitvoeringRij[] = basis.map((b) => {
    const eigen = voortgang.filter((v) => v.uitvoeringId === b.id).map(({ uitvoeringId: _u, ...v }) => v);
    return {
      ...b,
      laatsteVoortgang: eigen[0]?.datum ?? null,
      magBijwerken: magUitvoeringBijwerken(user, { regioId, gemeenteId: b.gemeenteId, eigenaarId: b.eigenaarId }),
      kandidaten: kandidaten.filter((k) => k.gemeenteId === b.gemeenteId).map(({ id, naam }) => ({ id, naam })),
      voortgang: eigen,
    };
  });
  const statussen = rijen.map((r) => r.status);
  const telling = telStatussen(statussen);
  return {
    perGemeente: vlaggen.perGemeente,
    statusOverschreven: vlaggen.overschreven,
    magInrichten,
    gemeenten,
    rijen,
    telling,
    rollup: rollupTekst(telling),
    afgeleid: afgeleideStatus(statussen),
  };
}
