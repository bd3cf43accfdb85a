import type { Sessiegebruiker } from "../../auth/current-user.server";
import type { RegioContext } from "../../auth/guards.server";
import { ACTIE_STATUSSEN, type ActieStatus } from "../../../db/schema";
import { grensDatum, isNietBijgewerktSinds, isOverDeadline } from "../acties/status-regels";
import { vandaag as vandaagInNederland } from "../format";
import { can, rolIn, type ActieFeiten } from "../permissions";
import { groepeerActies } from "./plan-groepering";
import { isGefilterd, leesPlanFilters, toetsAanKeuzes } from "./plan-filters";
import {
  findPlan,
  listDoelstellingen,
  listEigenaren,
  listGemeenten,
  listKoppelingen,
  listOrganisaties,
  listPartners,
  zoekActies,
  type Peildata,
} from "./plan-query.server";

export interface PlanActie {
  id: number;
  code: string;
  titel: string;
  niveau: "regionaal" | "lokaal";
  gemeente: string | null;
  trekker: string | null;
  eigenaar: string;
  partners: string[];
  deadline: string;
  status: ActieStatus;
  laatsteVoortgang: string | null;
  overDeadline: boolean;
  nietBijgewerkt: boolean;
  magBijwerken: boolean;
}

export interface StatusTotalen {
  rijen: { id: number; code: string; titel: string; perStatus: Record<ActieStatus, number>; totaal: number }[];
  totaal: { perStatus: Record<ActieStatus, number>; totaal: number };
}

function leegPerStatus(): Record<ActieStatus, number> {
  return Object.fromEntries(ACTIE_STATUSSEN.map((s) => [s, 0])) as Record<ActieStatus, number>;
}

/** May this user create any actie here: regional ones, or lokale ones of their own gemeente. */
export function magActiesMaken(user: Sessiegebruiker, regioId: number): boolean {
  if (can(user, { recht: "actie.bewerken", actie: { regioId, niveau: "regionaal", gemeenteId: null } })) return true;
  const gemeenteId = rolIn(user, regioId)?.gemeenteId ?? null;
  return gemeenteId !== null && can(user, { recht: "actie.bewerken", actie: { regioId, niveau: "lokaal", gemeenteId } });
}

/**
 * Everything the plan page shows, in a fixed number of queries: plan, doelstellingen, gemeenten,
 * organisaties, eigenaren, acties, doelstelling links, partners and the status totals.
 * Returns null when the regio has no plan for that year.
 */
export function laadPlanPagina(user: Sessiegebruiker, regio: RegioContext, jaar: number, params: URLSearchParams, nu = new Date()) {
  const plan = findPlan(regio.id, jaar);
  if (!plan) return null;

  const vandaag = vandaagInNederland(nu);
  const peil: Peildata = { vandaag, grens: grensDatum(vandaag, regio.nietBijgewerktWeken) };

  const doelstellingen = listDoelstellingen(regio.id, plan.visieId);
  const gemeenten = listGemeenten(regio.id);
  const organisaties = listOrganisaties(regio.id);
  const eigenaren = listEigenaren(regio.id, plan.id);

  const { filters, ongeldig } = toetsAanKeuzes(leesPlanFilters(params), {
    actielijnen: new Set(doelstellingen.map((d) => d.actielijnId)),
    doelstellingen: new Set(doelstellingen.map((d) => d.id)),
    gemeenten: new Set(gemeenten.map((g) => g.id)),
    organisaties: new Set(organisaties.map((o) => o.id)),
    eigenaren: new Set(eigenaren.map((e) => e.id)),
  });

  const rijen = zoekActies(regio.id, plan.id, filters, peil);
  const koppelingen = groepeerPer(listKoppelingen(regio.id, plan.id), (k) => k.actieId, (k) => k.doelstellingId);
  const partnerRijen = groepeerPer(listPartners(regio.id, plan.id), (p) => p.actieId, (p) => p);

  const gemeenteNaam = new Map(gemeenten.map((g) => [g.id, g.naam]));
  const organisatieNaam = new Map(organisaties.map((o) => [o.id, o.naam]));
  const eigenaarNaam = new Map(eigenaren.map((e) => [e.id, e.naam]));
  const naamVan = (g: number | null, o: number | null) =>
    (g !== null ? gemeenteNaam.get(g) : o !== null ? organisatieNaam.get(o) : undefined) ?? null;

  // A shared empty list for acties without partners: the loader data is serialised per object.
  const geenPartners: string[] = [];
  const partnerNamen = (lijst: { gemeenteId: number | null; organisatieId: number | null }[] | undefined) =>
    lijst ? lijst.map((p) => naamVan(p.gemeenteId, p.organisatieId)).filter((n): n is string => n !== null) : geenPartners;

  const acties: PlanActie[] = rijen.map((r) => {
    const feiten: ActieFeiten = {
      regioId: regio.id,
      niveau: r.niveau,
      gemeenteId: r.gemeenteId,
      trekkerGemeenteId: r.trekkerGemeenteId,
      trekkerOrganisatieId: r.trekkerOrganisatieId,
      eigenaarId: r.eigenaarId,
    };
    return {
      id: r.id,
      code: r.code,
      titel: r.titel,
      niveau: r.niveau,
      gemeente: r.gemeenteId !== null ? (gemeenteNaam.get(r.gemeenteId) ?? null) : null,
      trekker: naamVan(r.trekkerGemeenteId, r.trekkerOrganisatieId),
      eigenaar: eigenaarNaam.get(r.eigenaarId) ?? "",
      partners: partnerNamen(partnerRijen.get(r.id)),
      deadline: r.deadline,
      status: r.status,
      laatsteVoortgang: r.laatsteVoortgang,
      overDeadline: isOverDeadline(r, vandaag),
      nietBijgewerkt: isNietBijgewerktSinds(r, peil.grens),
      magBijwerken: can(user, { recht: "voortgang.plaatsen", actie: feiten }),
    };
  });

  const gefilterd = isGefilterd(filters);
  const groepen = groepeerActies(doelstellingen, acties, koppelingen, {
    actielijn: filters.actielijn,
    doelstelling: filters.doelstelling,
    toonLeeg: !gefilterd,
  });

  return {
    plan: {
      jaar: plan.jaar,
      status: plan.status,
      vastgesteldOp: plan.vastgesteldOp,
      besluit: plan.besluit,
      aantalActies: plan.aantalActies,
    },
    filters,
    ongeldig,
    gefilterd,
    aantalGevonden: acties.length,
    groepen,
    totalen: maakTotalen(doelstellingen, rijen, koppelingen, filters),
    keuzes: {
      actielijnen: uniekeActielijnen(doelstellingen),
      doelstellingen: doelstellingen.map((d) => ({ id: d.id, actielijnId: d.actielijnId, code: d.code, tekst: d.tekst })),
      gemeenten,
      organisaties,
      eigenaren,
    },
    magActiesMaken: magActiesMaken(user, regio.id),
    vandaag,
  };
}

export type PlanPagina = NonNullable<ReturnType<typeof laadPlanPagina>>;

function groepeerPer<T, V>(rijen: T[], sleutel: (rij: T) => number, waarde: (rij: T) => V): Map<number, V[]> {
  const uit = new Map<number, V[]>();
  for (const rij of rijen) {
    const lijst = uit.get(sleutel(rij));
    if (lijst) lijst.push(waarde(rij));
    else uit.set(sleutel(rij), [waarde(rij)]);
  }
  return uit;
}

function uniekeActielijnen(doelstellingen: ReturnType<typeof listDoelstellingen>) {
  const gezien = new Map<number, { id: number; code: string; titel: string }>();
  for (const d of doelstellingen) {
    if (!gezien.has(d.actielijnId)) gezien.set(d.actielijnId, { id: d.actielijnId, code: d.actielijnCode, titel: d.actielijnTitel });
  }
  return [...gezien.values()];
}

/**
 * Acties per status per actielijn of the filtered selection, plus the totals, from the rows the page
 * already loaded (a separate aggregate query cost more than this loop). An actie under two
 * actielijnen counts in both rows but once in the total; with an actielijn or doelstelling filter
 * only that actielijn's row counts.
 */
function maakTotalen(
  doelstellingen: ReturnType<typeof listDoelstellingen>,
  acties: { id: number; status: ActieStatus }[],
  koppelingen: Map<number, number[]>,
  filters: { actielijn?: number; doelstelling?: number },
): StatusTotalen {
  const lijnen = uniekeActielijnen(doelstellingen);
  const rijen = lijnen.map((l) => ({ ...l, perStatus: leegPerStatus(), totaal: 0 }));
  const totaal = { perStatus: leegPerStatus(), totaal: 0 };
  const rijVan = new Map(rijen.map((r) => [r.id, r]));
  const actielijnVan = new Map(doelstellingen.map((d) => [d.id, d.actielijnId]));
  for (const actie of acties) {
    totaal.perStatus[actie.status] += 1;
    totaal.totaal += 1;
    const geteld = new Set<number>();
    for (const doelstellingId of koppelingen.get(actie.id) ?? []) {
      if (filters.doelstelling !== undefined && doelstellingId !== filters.doelstelling) continue;
      const lijnId = actielijnVan.get(doelstellingId);
      if (lijnId === undefined || geteld.has(lijnId)) continue;
      if (filters.actielijn !== undefined && lijnId !== filters.actielijn) continue;
      geteld.add(lijnId);
      const rij = rijVan.get(lijnId);
      if (!rij) continue;
      rij.perStatus[actie.status] += 1;
      rij.totaal += 1;
    }
  }
  return { rijen, totaal };
}
