import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { db } from "../../../db";
import {
  actieDoelstelling,
  actielijn,
  advies,
  adviespunt,
  doelstelling,
  gemeente,
  lokaleKamer,
  mijlpaal,
  reactie,
  regiovisie,
  uitvoeringsplan,
  type ActieStatus,
  type MijlpaalStatus,
} from "../../../db/schema";
import { bepaalFase, type Fase } from "../lokale-kamer/fase";
import { can, type Actor } from "../permissions";
import { bepaalDekking, type DekkingRegel } from "./dekking";
import { kiesPlan, plannenVanRegio, type PlanKeuze } from "./plan-keuze.server";

export interface GemeenteActie {
  id: number;
  code: string;
  titel: string;
  niveau: "regionaal" | "lokaal";
  /** The gemeente's own status for a per-gemeente actie, else the actie's. */
  status: ActieStatus;
  laatsteVoortgang: string | null;
  deadline: string;
  lokaal: boolean;
  uitvoering: boolean;
  trekker: boolean;
  partner: boolean;
}

interface ActieRij {
  id: number;
  code: string;
  titel: string;
  niveau: "regionaal" | "lokaal";
  deadline: string;
  actieStatus: ActieStatus;
  uitvoeringStatus: ActieStatus | null;
  laatsteActie: string | null;
  laatsteUitvoering: string | null;
  lokaal: number;
  uitvoering: number;
  trekker: number;
  partner: number;
}

/**
 * The acties of one plan in which a gemeente takes part: its lokale acties, its part of regional
 * acties carried out per gemeente, and regional acties it leads or joins. One query, aggregated
 * in SQL (the latest voortgang per actie or per uitvoering as a subquery).
 */
function actiesVanGemeente(planId: number, gemeenteId: number): GemeenteActie[] {
  const rijen = db.all<ActieRij>(sql`
    SELECT a.id, a.code, a.titel, a.niveau, a.deadline, a.status AS actieStatus,
           u.status AS uitvoeringStatus,
           (SELECT max(v.datum) FROM voortgang v WHERE v.actie_id = a.id) AS laatsteActie,
           (SELECT max(uv.datum) FROM uitvoering_voortgang uv WHERE uv.uitvoering_id = u.id) AS laatsteUitvoering,
           (a.niveau = 'lokaal' AND a.gemeente_id = ${gemeenteId}) AS lokaal,
           (u.id IS NOT NULL) AS uitvoering,
           (a.trekker_gemeente_id IS ${gemeenteId}) AS trekker,
           EXISTS (SELECT 1 FROM actie_partner p WHERE p.actie_id = a.id AND p.gemeente_id = ${gemeenteId}) AS partner
      FROM actie a
      LEFT JOIN actie_uitvoering u ON u.actie_id = a.id AND u.gemeente_id = ${gemeenteId} AND a.uitvoering_per_gemeente = 1
     WHERE a.plan_id = ${planId}
       AND ((a.niveau = 'lokaal' AND a.gemeente_id = ${gemeenteId})
            OR u.id IS NOT NULL
            OR a.trekker_gemeente_id = ${gemeenteId}
            OR EXISTS (SELECT 1 FROM actie_partner p WHERE p.actie_id = a.id AND p.gemeente_id = ${gemeenteId}))
     ORDER BY a.code`);
  return rijen.map((r) => ({
    id: r.id,
    code: r.code,
    titel: r.titel,
    niveau: r.niveau,
    deadline: r.deadline,
    status: r.uitvoeringStatus ?? r.actieStatus,
    laatsteVoortgang: r.uitvoeringStatus !== null ? r.laatsteUitvoering : r.laatsteActie,
    lokaal: Boolean(r.lokaal),
    uitvoering: Boolean(r.uitvoering),
    trekker: Boolean(r.trekker),
    partner: Boolean(r.partner),
  }));
}

/** Doelstellingen the gemeente filled in locally in a plan (lokale actie or own uitvoering). */
export function lokaalGedekteDoelstellingen(planId: number, gemeenteId: number): number[] {
  return db
    .all<{ id: number }>(sql`
      SELECT DISTINCT ad.doelstelling_id AS id
        FROM actie a
        JOIN actie_doelstelling ad ON ad.actie_id = a.id
       WHERE a.plan_id = ${planId}
         AND ((a.niveau = 'lokaal' AND a.gemeente_id = ${gemeenteId})
              OR (a.uitvoering_per_gemeente = 1
                  AND EXISTS (SELECT 1 FROM actie_uitvoering u WHERE u.actie_id = a.id AND u.gemeente_id = ${gemeenteId})))`)
    .map((r) => r.id);
}

function lokaleKamerStand(gemeenteId: number): { fase: Fase; gereed: number; totaal: number } | null {
  const kamer = db.select({ id: lokaleKamer.id }).from(lokaleKamer).where(eq(lokaleKamer.gemeenteId, gemeenteId)).get();
  if (!kamer) return null;
  const mijlpalen: { status: MijlpaalStatus; templateId: number | null }[] = db
    .select({ status: mijlpaal.status, templateId: mijlpaal.templateId })
    .from(mijlpaal)
    .where(eq(mijlpaal.lokaleKamerId, kamer.id))
    .orderBy(asc(mijlpaal.volgorde), asc(mijlpaal.id))
    .all();
  return {
    fase: bepaalFase(mijlpalen),
    gereed: mijlpalen.filter((m) => m.status === "gereed").length,
    totaal: mijlpalen.filter((m) => m.status !== "nvt").length,
  };
}

function openReacties(regioId: number, gemeenteId: number) {
  return db
    .select({ id: reactie.id, tekst: reactie.tekst, planJaar: uitvoeringsplan.jaar, aangemaaktOp: reactie.aangemaaktOp, actieId: reactie.actieId })
    .from(reactie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, reactie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(regiovisie.regioId, regioId), eq(reactie.gemeenteId, gemeenteId), isNull(reactie.afhandeling)))
    .orderBy(desc(reactie.aangemaaktOp))
    .all();
}

function openAdviespunten(regioId: number, gemeenteId: number) {
  return db
    .select({ id: adviespunt.id, tekst: adviespunt.tekst, onderwerp: advies.onderwerp, adviesraad: advies.adviesraad, datum: advies.datum })
    .from(adviespunt)
    .innerJoin(advies, eq(advies.id, adviespunt.adviesId))
    .where(and(eq(advies.regioId, regioId), eq(advies.gemeenteId, gemeenteId), isNull(adviespunt.verwerking)))
    .orderBy(desc(advies.datum), asc(adviespunt.volgorde))
    .all();
}

export interface DoelstellingInvulling {
  id: number;
  code: string;
  tekst: string;
  acties: GemeenteActie[];
  dekking: DekkingRegel;
}

export type GemeenteInvulling = NonNullable<ReturnType<typeof laadGemeenteInvulling>>;

/**
 * Everything the gemeente page shows, within the regio: a slug of another regio's gemeente is
 * simply not found. A fixed number of queries, whatever the number of acties.
 */
export function laadGemeenteInvulling(user: Actor, regioId: number, slug: string, gevraagdJaar: string | null) {
  const g = db
    .select({ id: gemeente.id, naam: gemeente.naam, slug: gemeente.slug, isCentrumgemeente: gemeente.isCentrumgemeente })
    .from(gemeente)
    .where(and(eq(gemeente.regioId, regioId), eq(gemeente.slug, slug)))
    .get();
  if (!g) return null;

  const plannen = plannenVanRegio(regioId);
  const { plan, ongeldig } = kiesPlan(plannen, gevraagdJaar);
  const magLokaleActies = can(user, { recht: "actie.bewerken", actie: { regioId, niveau: "lokaal", gemeenteId: g.id } });
  const basis = {
    gemeente: g,
    jaren: plannen.map((p) => p.jaar),
    ongeldigJaar: ongeldig,
    magLokaleActies,
    magLokaleKamer: can(user, { recht: "lokaleKamer.bewerken", regioId, gemeenteId: g.id }),
    lokaleKamer: lokaleKamerStand(g.id),
    reacties: openReacties(regioId, g.id),
    adviespunten: openAdviespunten(regioId, g.id),
  };
  if (!plan) return { ...basis, plan: null, vorigJaar: null, actielijnen: [], zonderDoelstelling: [], dekking: null };

  const acties = actiesVanGemeente(plan.id, g.id);
  const koppelingen = acties.length
    ? db
        .select({ actieId: actieDoelstelling.actieId, doelstellingId: actieDoelstelling.doelstellingId })
        .from(actieDoelstelling)
        .where(inArray(actieDoelstelling.actieId, acties.map((a) => a.id)))
        .all()
    : [];

  const doelstellingen = db
    .select({
      id: doelstelling.id,
      code: doelstelling.code,
      tekst: doelstelling.tekst,
      ingetrokken: doelstelling.ingetrokken,
      actielijnId: actielijn.id,
      actielijnCode: actielijn.code,
      actielijnTitel: actielijn.titel,
    })
    .from(doelstelling)
    .innerJoin(actielijn, eq(actielijn.id, doelstelling.actielijnId))
    .where(eq(actielijn.visieId, plan.visieId))
    .orderBy(asc(actielijn.volgorde), asc(doelstelling.volgorde))
    .all();

  const vorigPlan: PlanKeuze | undefined = plannen.find((p) => p.jaar === plan.jaar - 1 && p.visieId === plan.visieId);
  const eigenActieIds = new Set(acties.filter((a) => a.lokaal || a.uitvoering).map((a) => a.id));
  const gedektNu = koppelingen.filter((k) => eigenActieIds.has(k.actieId)).map((k) => k.doelstellingId);
  const gedektToen = vorigPlan ? lokaalGedekteDoelstellingen(vorigPlan.id, g.id) : null;

  const metActies = new Set(koppelingen.map((k) => k.doelstellingId));
  const zichtbaar = doelstellingen.filter((d) => !d.ingetrokken || metActies.has(d.id));
  const dekking = bepaalDekking(
    zichtbaar.map((d) => d.id),
    gedektNu,
    gedektToen,
  );

  const actieVan = new Map(acties.map((a) => [a.id, a]));
  const actielijnen: { id: number; code: string; titel: string; doelstellingen: DoelstellingInvulling[] }[] = [];
  for (const d of zichtbaar) {
    let lijn = actielijnen.at(-1);
    if (!lijn || lijn.id !== d.actielijnId) {
      lijn = { id: d.actielijnId, code: d.actielijnCode, titel: d.actielijnTitel, doelstellingen: [] };
      actielijnen.push(lijn);
    }
    lijn.doelstellingen.push({
      id: d.id,
      code: d.code,
      tekst: d.tekst,
      acties: koppelingen
        .filter((k) => k.doelstellingId === d.id)
        .map((k) => actieVan.get(k.actieId)!)
        .sort((x, y) => x.code.localeCompare(y.code, "nl")),
      dekking: dekking.regels.get(d.id)!,
    });
  }
  const gekoppeld = new Set(koppelingen.map((k) => k.actieId));

  return {
    ...basis,
    plan,
    vorigJaar: vorigPlan ? vorigPlan.jaar : null,
    actielijnen,
    zonderDoelstelling: acties.filter((a) => !gekoppeld.has(a.id)),
    dekking: { totaal: dekking.totaal, gedekt: dekking.gedekt, gedektVorigJaar: dekking.gedektVorigJaar, nieuw: dekking.nieuw, vervallen: dekking.vervallen },
  };
}
