import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "../../../db";
import { actie, actielijn, doelstelling, gemeente, subregio, type ActieStatus } from "../../../db/schema";
import { kiesPlan, plannenVanRegio } from "./plan-keuze.server";
import { leesKeuze, meestRelevant, SORTERINGEN, sorteerGemeenten, WEERGAVEN, type Sortering, type Weergave } from "./matrix-regels";

export interface MatrixKolom {
  id: number;
  code: string;
  omschrijving: string;
}

export interface MatrixCel {
  /** Lokale acties and uitvoeringen of this gemeente (doelstellingen view); 1 in the acties view. */
  aantal: number;
  lokaal: number;
  uitvoering: number;
  status: ActieStatus;
}

export interface MatrixRij {
  id: number;
  naam: string;
  slug: string;
  subregio: string | null;
  gedekt: number;
  cellen: (MatrixCel | null)[];
}

export interface Matrix {
  plan: { id: number; jaar: number } | null;
  jaren: number[];
  weergave: Weergave;
  sortering: Sortering;
  subregioId: number | null;
  subregios: { id: number; naam: string }[];
  ongeldig: string[];
  kolommen: MatrixKolom[];
  aantalDoelstellingen: number;
  rijen: MatrixRij[];
}

interface CelRij {
  gemeenteId: number;
  doelstellingId: number;
  soort: "lokaal" | "uitvoering";
  status: ActieStatus;
  aantal: number;
}

/**
 * Lokale acties and per-gemeente uitvoeringen per gemeente × doelstelling × status, counted in
 * SQL (one query for the whole regio).
 */
function doelstellingCellen(planId: number): CelRij[] {
  return db.all<CelRij>(sql`
    SELECT x.gemeente_id AS gemeenteId, ad.doelstelling_id AS doelstellingId, x.soort AS soort, x.status AS status, count(*) AS aantal
      FROM (
        SELECT a.id AS actie_id, a.gemeente_id AS gemeente_id, 'lokaal' AS soort, a.status AS status
          FROM actie a WHERE a.plan_id = ${planId} AND a.niveau = 'lokaal' AND a.gemeente_id IS NOT NULL
        UNION ALL
        SELECT a.id, u.gemeente_id, 'uitvoering', u.status
          FROM actie a JOIN actie_uitvoering u ON u.actie_id = a.id
         WHERE a.plan_id = ${planId} AND a.uitvoering_per_gemeente = 1
      ) x
      JOIN actie_doelstelling ad ON ad.actie_id = x.actie_id
     GROUP BY x.gemeente_id, ad.doelstelling_id, x.soort, x.status`);
}

function uitvoeringCellen(planId: number) {
  return db.all<{ gemeenteId: number; actieId: number; status: ActieStatus }>(sql`
    SELECT u.gemeente_id AS gemeenteId, u.actie_id AS actieId, u.status AS status
      FROM actie_uitvoering u JOIN actie a ON a.id = u.actie_id
     WHERE a.plan_id = ${planId} AND a.uitvoering_per_gemeente = 1`);
}

/**
 * The regio matrix: gemeenten × doelstellingen (counts and the most relevant status) or
 * gemeenten × per-gemeente acties (each gemeente's own status). The plan is looked up within the
 * regio, so every query below is tied to this regio.
 */
export function laadMatrix(regioId: number, zoek: URLSearchParams): Matrix {
  const ongeldig: string[] = [];
  const weergaveKeuze = leesKeuze(zoek.get("weergave"), WEERGAVEN, "doelstellingen");
  const sorteringKeuze = leesKeuze(zoek.get("sorteer"), SORTERINGEN, "naam");
  if (weergaveKeuze.ongeldig) ongeldig.push("weergave");
  if (sorteringKeuze.ongeldig) ongeldig.push("sorteer");

  const subregios = db
    .select({ id: subregio.id, naam: subregio.naam })
    .from(subregio)
    .where(eq(subregio.regioId, regioId))
    .orderBy(asc(subregio.naam))
    .all();
  const subregioParam = zoek.get("subregio");
  const subregioId = subregioParam && subregios.some((s) => String(s.id) === subregioParam) ? Number(subregioParam) : null;
  if (subregioParam && subregioId === null) ongeldig.push("subregio");

  const plannen = plannenVanRegio(regioId);
  const { plan, ongeldig: jaarOngeldig } = kiesPlan(plannen, zoek.get("jaar"));
  if (jaarOngeldig) ongeldig.push("jaar");

  const gemeenten = db
    .select({ id: gemeente.id, naam: gemeente.naam, slug: gemeente.slug, subregio: subregio.naam, subregioId: gemeente.subregioId })
    .from(gemeente)
    .leftJoin(subregio, eq(subregio.id, gemeente.subregioId))
    .where(eq(gemeente.regioId, regioId))
    .all()
    .filter((g) => subregioId === null || g.subregioId === subregioId);

  const basis = {
    jaren: plannen.map((p) => p.jaar),
    weergave: weergaveKeuze.keuze,
    sortering: sorteringKeuze.keuze,
    subregioId,
    subregios,
    ongeldig,
  };
  if (!plan) {
    const rijen = sorteerGemeenten(gemeenten.map((g) => ({ ...g, gedekt: 0, cellen: [] })), basis.sortering);
    return { ...basis, plan: null, kolommen: [], aantalDoelstellingen: 0, rijen };
  }

  const doelstellingen: MatrixKolom[] = db
    .select({ id: doelstelling.id, code: doelstelling.code, omschrijving: doelstelling.tekst })
    .from(doelstelling)
    .innerJoin(actielijn, eq(actielijn.id, doelstelling.actielijnId))
    .where(and(eq(actielijn.visieId, plan.visieId), eq(doelstelling.ingetrokken, false)))
    .orderBy(asc(actielijn.volgorde), asc(doelstelling.volgorde))
    .all();

  const celRijen = doelstellingCellen(plan.id);
  const doelCel = new Map<string, MatrixCel & { statussen: ActieStatus[] }>();
  for (const r of celRijen) {
    const sleutel = `${r.gemeenteId}:${r.doelstellingId}`;
    const cel = doelCel.get(sleutel) ?? { aantal: 0, lokaal: 0, uitvoering: 0, status: r.status, statussen: [] };
    cel.aantal += r.aantal;
    cel[r.soort] += r.aantal;
    cel.statussen.push(r.status);
    cel.status = meestRelevant(cel.statussen)!;
    doelCel.set(sleutel, cel);
  }
  const gedekt = (gemeenteId: number) => doelstellingen.filter((d) => doelCel.has(`${gemeenteId}:${d.id}`)).length;

  let kolommen = doelstellingen;
  let cel: (gemeenteId: number, kolomId: number) => MatrixCel | null = (g, k) => {
    const c = doelCel.get(`${g}:${k}`);
    return c ? { aantal: c.aantal, lokaal: c.lokaal, uitvoering: c.uitvoering, status: c.status } : null;
  };
  if (basis.weergave === "acties") {
    kolommen = db
      .select({ id: actie.id, code: actie.code, omschrijving: actie.titel })
      .from(actie)
      .where(and(eq(actie.planId, plan.id), eq(actie.uitvoeringPerGemeente, true)))
      .orderBy(asc(actie.code))
      .all();
    const perActie = new Map(uitvoeringCellen(plan.id).map((u) => [`${u.gemeenteId}:${u.actieId}`, u.status]));
    cel = (g, k) => {
      const status = perActie.get(`${g}:${k}`);
      return status ? { aantal: 1, lokaal: 0, uitvoering: 1, status } : null;
    };
  }

  const rijen = sorteerGemeenten(
    gemeenten.map((g) => ({
      id: g.id,
      naam: g.naam,
      slug: g.slug,
      subregio: g.subregio,
      gedekt: gedekt(g.id),
      cellen: kolommen.map((k) => cel(g.id, k.id)),
    })),
    basis.sortering,
  );
  return { ...basis, plan: { id: plan.id, jaar: plan.jaar }, kolommen, aantalDoelstellingen: doelstellingen.length, rijen };
}
