import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db, type Db, type Tx } from "../../../db";
import {
  actie,
  actieDoelstelling,
  actiePartner,
  actielijn,
  audit,
  doelstelling,
  gebruiker,
  gemeente,
  organisatie,
  regiovisie,
  uitvoeringsplan,
  voortgang,
  type ActieStatus,
  type Financiering,
} from "../../../db/schema";
import type { TijdlijnItem } from "../../components/voortgang-tijdlijn";
import { formatBedrag, formatDatum } from "../format";
import { FINANCIERING_LABELS, NIVEAU_LABELS, VELD_LABELS, type Niveau } from "./actie-schema";
import { isNietBijgewerkt, isOverDeadline } from "./status-regels";

type Lezer = Db | Tx;

export interface Wijziging {
  veld: string;
  label: string;
  van: string;
  naar: string;
}

export interface RuweWijziging {
  veld: string;
  van: unknown;
  naar: unknown;
}

const LEEG = "(leeg)";

function ids(waarde: unknown): number[] {
  if (typeof waarde === "number") return [waarde];
  if (Array.isArray(waarde)) return waarde.filter((w): w is number => typeof w === "number");
  return [];
}

function betrokkenen(waarde: unknown, soort: "g" | "o"): number[] {
  const lijst = Array.isArray(waarde) ? waarde : [waarde];
  return lijst
    .filter((w): w is string => typeof w === "string" && w.startsWith(`${soort}:`))
    .map((w) => Number(w.slice(2)));
}

/**
 * Turns stored field changes (ids, cents, ISO dates) into Dutch text with names. Names are looked
 * up in one query per kind for all changes together, never per row.
 */
export function leesbareWijzigingen(lezer: Lezer, regioId: number, groepen: RuweWijziging[][]): Wijziging[][] {
  const gebruikerIds = new Set<number>();
  const gemeenteIds = new Set<number>();
  const organisatieIds = new Set<number>();
  const doelstellingIds = new Set<number>();
  for (const w of groepen.flat()) {
    for (const waarde of [w.van, w.naar]) {
      if (w.veld === "eigenaarId") ids(waarde).forEach((i) => gebruikerIds.add(i));
      if (w.veld === "gemeenteId") ids(waarde).forEach((i) => gemeenteIds.add(i));
      if (w.veld === "doelstellingIds") ids(waarde).forEach((i) => doelstellingIds.add(i));
      if (w.veld === "trekker" || w.veld === "partners") {
        betrokkenen(waarde, "g").forEach((i) => gemeenteIds.add(i));
        betrokkenen(waarde, "o").forEach((i) => organisatieIds.add(i));
      }
    }
  }

  const namen = {
    gebruiker: new Map<number, string>(),
    gemeente: new Map<number, string>(),
    organisatie: new Map<number, string>(),
    doelstelling: new Map<number, string>(),
  };
  if (gebruikerIds.size) {
    for (const r of lezer.select({ id: gebruiker.id, naam: gebruiker.naam }).from(gebruiker).where(inArray(gebruiker.id, [...gebruikerIds])).all()) {
      namen.gebruiker.set(r.id, r.naam);
    }
  }
  if (gemeenteIds.size) {
    for (const r of lezer
      .select({ id: gemeente.id, naam: gemeente.naam })
      .from(gemeente)
      .where(and(inArray(gemeente.id, [...gemeenteIds]), eq(gemeente.regioId, regioId)))
      .all()) {
      namen.gemeente.set(r.id, r.naam);
    }
  }
  if (organisatieIds.size) {
    for (const r of lezer
      .select({ id: organisatie.id, naam: organisatie.naam })
      .from(organisatie)
      .where(and(inArray(organisatie.id, [...organisatieIds]), eq(organisatie.regioId, regioId)))
      .all()) {
      namen.organisatie.set(r.id, r.naam);
    }
  }
  if (doelstellingIds.size) {
    for (const r of lezer
      .select({ id: doelstelling.id, code: doelstelling.code })
      .from(doelstelling)
      .innerJoin(actielijn, eq(actielijn.id, doelstelling.actielijnId))
      .innerJoin(regiovisie, eq(regiovisie.id, actielijn.visieId))
      .where(and(inArray(doelstelling.id, [...doelstellingIds]), eq(regiovisie.regioId, regioId)))
      .all()) {
      namen.doelstelling.set(r.id, r.code);
    }
  }

  const betrokkeneNaam = (w: string) => {
    const nummer = Number(w.slice(2));
    return (w.startsWith("g:") ? namen.gemeente.get(nummer) : namen.organisatie.get(nummer)) ?? "(onbekend)";
  };

  function tekst(veld: string, waarde: unknown): string {
    if (waarde === null || waarde === undefined || waarde === "") return LEEG;
    switch (veld) {
      case "deadline":
        return typeof waarde === "string" ? formatDatum(waarde) : String(waarde);
      case "bedragCenten":
        return typeof waarde === "number" ? formatBedrag(waarde) : String(waarde);
      case "financiering":
        return FINANCIERING_LABELS[waarde as Financiering] ?? String(waarde);
      case "niveau":
        return NIVEAU_LABELS[waarde as Niveau] ?? String(waarde);
      case "eigenaarId":
        return namen.gebruiker.get(Number(waarde)) ?? "(onbekend)";
      case "gemeenteId":
        return namen.gemeente.get(Number(waarde)) ?? "(onbekend)";
      case "trekker":
        return betrokkeneNaam(String(waarde));
      case "partners":
        return Array.isArray(waarde) && waarde.length ? waarde.map((w) => betrokkeneNaam(String(w))).join(", ") : "(geen)";
      case "doelstellingIds":
        return Array.isArray(waarde) && waarde.length
          ? waarde.map((d) => namen.doelstelling.get(Number(d)) ?? "(onbekend)").join(", ")
          : "(geen)";
      default:
        return String(waarde);
    }
  }

  return groepen.map((groep) =>
    groep.map((w) => ({
      veld: w.veld,
      label: (VELD_LABELS as Record<string, string>)[w.veld] ?? w.veld,
      van: tekst(w.veld, w.van),
      naar: tekst(w.veld, w.naar),
    })),
  );
}

/** Field changes recorded in an audit row (`voor`/`na` hold only what changed, plus the version). */
export function wijzigingenUitAudit(voor: unknown, na: unknown): RuweWijziging[] {
  const v = (voor ?? {}) as Record<string, unknown>;
  const n = (na ?? {}) as Record<string, unknown>;
  return Object.keys(n)
    .filter((veld) => veld !== "version")
    .map((veld) => ({ veld, van: v[veld], naar: n[veld] }));
}

export interface GeschiedenisRegel {
  id: number;
  tijdstip: string;
  door: string | null;
  soort: "aangemaakt" | "gewijzigd";
  wijzigingen: Wijziging[];
}

function geschiedenis(regioId: number, actieId: number): GeschiedenisRegel[] {
  const rijen = db
    .select({ id: audit.id, tijdstip: audit.tijdstip, actie: audit.actie, voor: audit.voor, na: audit.na, door: gebruiker.naam })
    .from(audit)
    .leftJoin(gebruiker, eq(gebruiker.id, audit.gebruikerId))
    .where(
      and(
        eq(audit.regioId, regioId),
        eq(audit.entiteit, "actie"),
        eq(audit.entiteitId, String(actieId)),
        inArray(audit.actie, ["aangemaakt", "gewijzigd"]),
        eq(audit.resultaat, "ok"),
      ),
    )
    .orderBy(desc(audit.id))
    .all();
  const leesbaar = leesbareWijzigingen(
    db,
    regioId,
    rijen.map((r) => (r.actie === "gewijzigd" ? wijzigingenUitAudit(r.voor, r.na) : [])),
  );
  return rijen.map((r, i) => ({
    id: r.id,
    tijdstip: r.tijdstip,
    door: r.door,
    soort: r.actie === "aangemaakt" ? "aangemaakt" : "gewijzigd",
    wijzigingen: leesbaar[i],
  }));
}

/** The earlier acties this one continues, newest first, following herkomst within the regio. */
function herkomstKeten(regioId: number, actieId: number): { id: number; code: string; jaar: number }[] {
  return db.all<{ id: number; code: string; jaar: number }>(sql`
    WITH RECURSIVE keten(id, diepte) AS (
      SELECT herkomst_actie_id, 1 FROM actie WHERE id = ${actieId} AND herkomst_actie_id IS NOT NULL
      UNION ALL
      SELECT a.herkomst_actie_id, k.diepte + 1
        FROM actie a JOIN keten k ON a.id = k.id
       WHERE a.herkomst_actie_id IS NOT NULL AND k.diepte < 50
    )
    SELECT a.id AS id, a.code AS code, p.jaar AS jaar
      FROM keten k
      CROSS JOIN actie a ON a.id = k.id -- CROSS JOIN fixes the order: walk the chain, then look up
      JOIN uitvoeringsplan p ON p.id = a.plan_id
      JOIN regiovisie v ON v.id = p.visie_id
     WHERE v.regio_id = ${regioId}
     ORDER BY k.diepte`);
}

const trekkerGemeente = alias(gemeente, "trekker_gemeente");

export type ActieDetail = NonNullable<ReturnType<typeof getActieDetail>>;

/**
 * Everything the actie page shows, in a fixed number of queries whatever the length of its
 * history. Only within the regio: an id of another regio is simply not found.
 */
export function getActieDetail(regioId: number, actieId: number, opties: { nietBijgewerktWeken: number; vandaag: string }) {
  const rij = db
    .select({
      id: actie.id,
      code: actie.code,
      titel: actie.titel,
      omschrijving: actie.omschrijving,
      niveau: actie.niveau,
      gemeenteId: actie.gemeenteId,
      gemeenteNaam: gemeente.naam,
      eigenaarId: actie.eigenaarId,
      eigenaarNaam: gebruiker.naam,
      trekkerGemeenteId: actie.trekkerGemeenteId,
      trekkerOrganisatieId: actie.trekkerOrganisatieId,
      trekkerGemeenteNaam: trekkerGemeente.naam,
      trekkerOrganisatieNaam: organisatie.naam,
      deadline: actie.deadline,
      status: actie.status,
      beoogdResultaat: actie.beoogdResultaat,
      indicator: actie.indicator,
      financiering: actie.financiering,
      bedragCenten: actie.bedragCenten,
      herkomstActieId: actie.herkomstActieId,
      version: actie.version,
      aangemaaktOp: actie.aangemaaktOp,
      planJaar: uitvoeringsplan.jaar,
      planStatus: uitvoeringsplan.status,
    })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .innerJoin(gebruiker, eq(gebruiker.id, actie.eigenaarId))
    .leftJoin(gemeente, eq(gemeente.id, actie.gemeenteId))
    .leftJoin(trekkerGemeente, eq(trekkerGemeente.id, actie.trekkerGemeenteId))
    .leftJoin(organisatie, eq(organisatie.id, actie.trekkerOrganisatieId))
    .where(and(eq(actie.id, actieId), eq(regiovisie.regioId, regioId)))
    .get();
  if (!rij) return null;

  const doelstellingen = db
    .select({ id: doelstelling.id, code: doelstelling.code, tekst: doelstelling.tekst, ingetrokken: doelstelling.ingetrokken })
    .from(actieDoelstelling)
    .innerJoin(doelstelling, eq(doelstelling.id, actieDoelstelling.doelstellingId))
    .innerJoin(actielijn, eq(actielijn.id, doelstelling.actielijnId))
    .where(eq(actieDoelstelling.actieId, actieId))
    .orderBy(asc(actielijn.volgorde), asc(doelstelling.volgorde))
    .all();

  const partners = db
    .select({ gemeente: gemeente.naam, organisatie: organisatie.naam })
    .from(actiePartner)
    .leftJoin(gemeente, eq(gemeente.id, actiePartner.gemeenteId))
    .leftJoin(organisatie, eq(organisatie.id, actiePartner.organisatieId))
    .where(eq(actiePartner.actieId, actieId))
    .all()
    .map((p) => p.gemeente ?? p.organisatie ?? "(onbekend)")
    .sort((a, b) => a.localeCompare(b, "nl"));

  const keten = rij.herkomstActieId ? herkomstKeten(regioId, actieId) : [];
  const herkomstVan = new Map(keten.map((k) => [k.id, k]));
  const tijdlijn: TijdlijnItem[] = db
    .select({
      id: voortgang.id,
      actieId: voortgang.actieId,
      datum: voortgang.datum,
      statusVan: voortgang.statusVan,
      statusNaar: voortgang.statusNaar,
      toelichting: voortgang.toelichting,
      oorzaak: voortgang.oorzaak,
      gevolg: voortgang.gevolg,
      bijsturing: voortgang.bijsturing,
      auteur: gebruiker.naam,
    })
    .from(voortgang)
    .innerJoin(gebruiker, eq(gebruiker.id, voortgang.auteurId))
    .where(inArray(voortgang.actieId, [actieId, ...keten.map((k) => k.id)]))
    .orderBy(desc(voortgang.datum), desc(voortgang.id))
    .all()
    .map(({ actieId: vanActie, ...v }) => {
      const eerder = herkomstVan.get(vanActie);
      return { ...v, eerder: eerder ? { jaar: eerder.jaar, code: eerder.code } : null };
    });

  const laatsteVoortgang = tijdlijn.find((t) => t.eerder === null)?.datum ?? null;
  const status: ActieStatus = rij.status;
  return {
    ...rij,
    trekkerNaam: rij.trekkerGemeenteNaam ?? rij.trekkerOrganisatieNaam ?? null,
    doelstellingen,
    partners,
    laatsteVoortgang,
    overDeadline: isOverDeadline({ deadline: rij.deadline, status }, opties.vandaag),
    nietBijgewerkt: isNietBijgewerkt(
      { status, laatsteVoortgang, aangemaaktOp: rij.aangemaaktOp },
      opties.nietBijgewerktWeken,
      opties.vandaag,
    ),
    herkomst: keten[0] ?? null,
    tijdlijn,
    geschiedenis: geschiedenis(regioId, actieId),
  };
}
