import { sql } from "drizzle-orm";
import { db } from "../../../db";
import { ACTIE_STATUSSEN, FINANCIERINGEN, type ActieStatus, type Financiering, type PlanStatus } from "../../../db/schema";
import { legeTelling, percentageAfgerond, type StatusTelling } from "../dashboard/stand";
import { bepaalDekking } from "../gemeenten/dekking";
import { laadOverzicht } from "../lokale-kamer/overzicht.server";
import {
  MAX_VOORTGANG_PER_ACTIE,
  rapportageTitel,
  type GemeenteBijlage,
  type Kosten,
  type Rapportage,
  type RapportageActie,
  type RapportageActielijn,
  type RapportageVoortgang,
} from "./model";

/**
 * Builds the yearly progress report in a fixed number of queries, whatever the number of acties
 * or gemeenten: everything is fetched per plan or per regio at once and grouped in memory.
 */

export type RapportageUitkomst =
  | { ok: true; rapportage: Rapportage }
  | { ok: false; reden: "geen_plan" | "onbekende_gemeente" };

interface PlanRij {
  id: number;
  visieId: number;
  status: PlanStatus;
  vastgesteldOp: string | null;
  besluit: string | null;
  besluitnummer: string | null;
}

interface ActieRij {
  id: number;
  code: string;
  titel: string;
  niveau: "regionaal" | "lokaal";
  gemeente: string | null;
  status: ActieStatus;
  financiering: Financiering | null;
  bedragCenten: number | null;
  laatsteToelichting: string | null;
  afgerondOp: string | null;
}

interface LijnRij {
  lijnId: number;
  lijnCode: string;
  lijnTitel: string;
  doelId: number;
  doelCode: string;
  doelTekst: string;
  ingetrokken: number;
}

function berekenKosten(acties: Pick<RapportageActie, "financiering" | "bedragCenten">[]): Kosten {
  const posten = FINANCIERINGEN.map((financiering) => {
    const deze = acties.filter((a) => a.financiering === financiering);
    return {
      financiering,
      aantal: deze.length,
      bedragCenten: deze.reduce((som, a) => som + (a.bedragCenten ?? 0), 0),
      zonderBedrag: deze.filter((a) => a.bedragCenten === null).length,
    };
  });
  return {
    posten,
    onbekend: acties.filter((a) => a.financiering === null).length,
    totaalCenten: posten.reduce((som, p) => som + p.bedragCenten, 0),
  };
}

function tel(acties: Pick<RapportageActie, "status">[]): StatusTelling {
  const t = legeTelling();
  for (const a of acties) t[a.status] += 1;
  return t;
}

export function laadRapportage(
  regio: { id: number; naam: string; slug: string },
  jaar: number,
  gemeenteSlug: string | null,
  vandaag: string,
): RapportageUitkomst {
  const plan = db.get<PlanRij>(sql`
    select p.id, p.visie_id as visieId, p.status,
      coalesce(p.vastgesteld_op, pv.datum) as vastgesteldOp,
      coalesce(p.besluit, pv.besluit) as besluit,
      coalesce(p.besluitnummer, pv.besluitnummer) as besluitnummer
    from uitvoeringsplan p
    join regiovisie v on v.id = p.visie_id
    left join plan_vaststelling pv on pv.plan_id = p.id
    where v.regio_id = ${regio.id} and p.jaar = ${jaar}`);
  if (!plan) return { ok: false, reden: "geen_plan" };

  let gemeente: { id: number; naam: string; slug: string } | null = null;
  if (gemeenteSlug !== null) {
    gemeente =
      db.get<{ id: number; naam: string; slug: string }>(sql`
        select id, naam, slug from gemeente where regio_id = ${regio.id} and slug = ${gemeenteSlug}`) ?? null;
    if (!gemeente) return { ok: false, reden: "onbekende_gemeente" };
  }

  const begin = `${jaar}-01-01`;
  const eind = `${jaar}-12-31`;
  const g = gemeente?.id ?? null;
  // With a gemeente: its lokale acties and the regional acties it leads, joins or carries out;
  // for a part it carries out, its own status is what the report is about.
  const actieFilter =
    g === null
      ? sql`1 = 1`
      : sql`((a.niveau = 'lokaal' and a.gemeente_id = ${g}) or u.id is not null or a.trekker_gemeente_id = ${g}
          or exists (select 1 from actie_partner p where p.actie_id = a.id and p.gemeente_id = ${g}))`;
  const acties = db.all<ActieRij>(sql`
    select a.id, a.code, a.titel, a.niveau, gm.naam as gemeente,
      coalesce(u.status, a.status) as status, a.financiering, a.bedrag_centen as bedragCenten,
      (select v.toelichting from voortgang v where v.actie_id = a.id and v.datum <= ${eind} and v.toelichting <> ''
        order by v.datum desc, v.id desc limit 1) as laatsteToelichting,
      (select max(v.datum) from voortgang v where v.actie_id = a.id and v.status_naar = 'afgerond'
        and v.datum between ${begin} and ${eind}) as afgerondOp
    from actie a
    left join gemeente gm on gm.id = a.gemeente_id
    left join actie_uitvoering u on u.actie_id = a.id and a.uitvoering_per_gemeente = 1 and u.gemeente_id = ${g}
    where a.plan_id = ${plan.id} and ${actieFilter}
    order by a.code`);

  // Only the last few lines of the year per actie: the report must stay readable.
  const voortgang = db.all<RapportageVoortgang & { actieId: number }>(sql`
    select actieId, datum, statusVan, statusNaar, toelichting from (
      select v.actie_id as actieId, v.datum, v.status_van as statusVan, v.status_naar as statusNaar, v.toelichting,
        row_number() over (partition by v.actie_id order by v.datum desc, v.id desc) as rij
      from voortgang v join actie a on a.id = v.actie_id
      where a.plan_id = ${plan.id} and v.datum between ${begin} and ${eind})
    where rij <= ${MAX_VOORTGANG_PER_ACTIE}
    order by actieId, datum desc, rij`);

  const lijnRijen = db.all<LijnRij>(sql`
    select al.id as lijnId, al.code as lijnCode, al.titel as lijnTitel,
      d.id as doelId, d.code as doelCode, d.tekst as doelTekst, d.ingetrokken
    from actielijn al join doelstelling d on d.actielijn_id = al.id
    where al.visie_id = ${plan.visieId}
    order by al.volgorde, d.volgorde`);

  const koppelingen = db.all<{ actieId: number; doelId: number }>(sql`
    select ad.actie_id as actieId, ad.doelstelling_id as doelId
    from actie_doelstelling ad join actie a on a.id = ad.actie_id
    where a.plan_id = ${plan.id}`);

  const voortgangPerActie = new Map<number, RapportageVoortgang[]>();
  for (const { actieId, ...regel } of voortgang) {
    const lijst = voortgangPerActie.get(actieId) ?? [];
    lijst.push(regel);
    voortgangPerActie.set(actieId, lijst);
  }
  const rapportActies: RapportageActie[] = acties.map((a) => ({ ...a, voortgang: voortgangPerActie.get(a.id) ?? [] }));
  const actieVan = new Map(rapportActies.map((a) => [a.id, a]));

  const doelNaarLijn = new Map(lijnRijen.map((r) => [r.doelId, r.lijnId]));
  const actiesPerLijn = new Map<number, Set<number>>();
  const gekoppeldeDoelen = new Set<number>();
  for (const k of koppelingen) {
    gekoppeldeDoelen.add(k.doelId);
    const lijn = doelNaarLijn.get(k.doelId);
    if (lijn === undefined || !actieVan.has(k.actieId)) continue;
    const set = actiesPerLijn.get(lijn) ?? new Set<number>();
    set.add(k.actieId);
    actiesPerLijn.set(lijn, set);
  }

  const actielijnen: RapportageActielijn[] = [];
  for (const r of lijnRijen) {
    let lijn = actielijnen.at(-1);
    if (!lijn || lijn.code !== r.lijnCode) {
      const ids = actiesPerLijn.get(r.lijnId) ?? new Set<number>();
      const lijnActies = rapportActies.filter((a) => ids.has(a.id));
      lijn = { code: r.lijnCode, titel: r.lijnTitel, doelstellingen: [], acties: lijnActies, telling: tel(lijnActies), kosten: berekenKosten(lijnActies) };
      actielijnen.push(lijn);
    }
    // A withdrawn doelstelling stays in the report only while acties of this year still serve it.
    if (!r.ingetrokken || gekoppeldeDoelen.has(r.doelId)) lijn.doelstellingen.push({ code: r.doelCode, tekst: r.doelTekst });
  }

  const telling = tel(rapportActies);
  const zichtbareDoelen = lijnRijen.filter((r) => !r.ingetrokken || gekoppeldeDoelen.has(r.doelId)).map((r) => r.doelId);

  return {
    ok: true,
    rapportage: {
      regio: { naam: regio.naam, slug: regio.slug },
      jaar,
      titel: rapportageTitel(jaar, gemeente?.naam ?? null),
      gemeente: gemeente && { naam: gemeente.naam, slug: gemeente.slug },
      plan: { status: plan.status, vastgesteldOp: plan.vastgesteldOp, besluit: plan.besluit, besluitnummer: plan.besluitnummer },
      samenvatting: {
        telling,
        totaal: ACTIE_STATUSSEN.reduce((som, s) => som + telling[s], 0),
        pctAfgerond: percentageAfgerond(telling),
        afgerondInJaar: rapportActies.filter((a) => a.afgerondOp !== null).length,
      },
      actielijnen,
      kosten: berekenKosten(rapportActies),
      bijlagen: laadBijlagen(regio.id, plan.id, g, zichtbareDoelen, vandaag),
    },
  };
}

interface BijlageRij {
  gemeenteId: number;
  actieId: number;
  code: string;
  titel: string;
  status: ActieStatus;
  soort: "lokaal" | "uitvoering";
}

/** The annex per gemeente (or only the one gemeente): lokale invulling and lokale kamer. */
function laadBijlagen(regioId: number, planId: number, gemeenteId: number | null, doelIds: number[], vandaag: string): GemeenteBijlage[] {
  const alleen = gemeenteId === null ? sql`1 = 1` : sql`gemeenteId = ${gemeenteId}`;
  const rijen = db.all<BijlageRij>(sql`
    select * from (
      select a.gemeente_id as gemeenteId, a.id as actieId, a.code, a.titel, a.status, 'lokaal' as soort
      from actie a where a.plan_id = ${planId} and a.niveau = 'lokaal' and a.gemeente_id is not null
      union all
      select u.gemeente_id as gemeenteId, a.id as actieId, a.code, a.titel, u.status, 'uitvoering' as soort
      from actie_uitvoering u join actie a on a.id = u.actie_id
      where a.plan_id = ${planId} and a.uitvoering_per_gemeente = 1)
    where ${alleen}
    order by gemeenteId, code`);
  const dekkingRijen = db.all<{ gemeenteId: number; doelId: number }>(sql`
    select distinct b.gemeenteId, ad.doelstelling_id as doelId from (
      select a.gemeente_id as gemeenteId, a.id as actieId from actie a
      where a.plan_id = ${planId} and a.niveau = 'lokaal' and a.gemeente_id is not null
      union all
      select u.gemeente_id, a.id from actie_uitvoering u join actie a on a.id = u.actie_id
      where a.plan_id = ${planId} and a.uitvoering_per_gemeente = 1) b
    join actie_doelstelling ad on ad.actie_id = b.actieId
    where ${alleen}`);

  const kamers = laadOverzicht(regioId, vandaag, null).rijen.filter((k) => gemeenteId === null || k.gemeenteId === gemeenteId);
  return kamers.map((k) => {
    const dekking = bepaalDekking(
      doelIds,
      dekkingRijen.filter((d) => d.gemeenteId === k.gemeenteId).map((d) => d.doelId),
      null,
    );
    return {
      gemeente: { naam: k.gemeente, slug: k.slug },
      acties: rijen
        .filter((r) => r.gemeenteId === k.gemeenteId)
        .map((r) => ({ code: r.code, titel: r.titel, status: r.status, soort: r.soort })),
      dekking: { gedekt: dekking.gedekt, totaal: dekking.totaal },
      lokaleKamer: { gestart: k.gestart, fase: k.fase, gereed: k.gereed, totaal: k.totaal, teLaat: k.teLaat },
    };
  });
}
