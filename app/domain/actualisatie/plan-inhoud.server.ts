import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db, Tx } from "../../../db";
import {
  actie,
  actieDoelstelling,
  actiePartner,
  actielijn,
  doelstelling,
  gebruiker,
  gemeente,
  organisatie,
  regiovisie,
  uitvoeringsplan,
} from "../../../db/schema";
import type { InhoudActie, InhoudBetrokkene, PlanInhoud } from "./inhoud";

type Lezer = Db | Tx;

const trekkerGemeente = alias(gemeente, "trekker_gemeente");
const partnerGemeente = alias(gemeente, "partner_gemeente");

/**
 * The full content of a plan of this regio (or of some of its acties), in five queries whatever
 * its size: the snapshot of a vaststelling, and the living plan to compare it with.
 * Returns null when the plan is not one of this regio.
 */
export function leesPlanInhoud(lezer: Lezer, regioId: number, planId: number, opties: { actieIds?: number[] } = {}): PlanInhoud | null {
  const plan = lezer
    .select({ id: uitvoeringsplan.id, jaar: uitvoeringsplan.jaar, visieId: uitvoeringsplan.visieId, visieTitel: regiovisie.titel })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(uitvoeringsplan.id, planId), eq(regiovisie.regioId, regioId)))
    .get();
  if (!plan) return null;

  const actielijnen = lezer
    .select({ id: actielijn.id, code: actielijn.code, titel: actielijn.titel })
    .from(actielijn)
    .where(eq(actielijn.visieId, plan.visieId))
    .orderBy(asc(actielijn.volgorde))
    .all();

  const actieFilter: SQL[] = [eq(actie.planId, plan.id)];
  if (opties.actieIds) actieFilter.push(inArray(actie.id, opties.actieIds.length ? opties.actieIds : [-1]));

  const rijen = lezer
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
      trekkerGemeenteNaam: trekkerGemeente.naam,
      trekkerOrganisatieId: actie.trekkerOrganisatieId,
      trekkerOrganisatieNaam: organisatie.naam,
      deadline: actie.deadline,
      status: actie.status,
      beoogdResultaat: actie.beoogdResultaat,
      indicator: actie.indicator,
      financiering: actie.financiering,
      bedragCenten: actie.bedragCenten,
      herkomstActieId: actie.herkomstActieId,
    })
    .from(actie)
    .innerJoin(gebruiker, eq(gebruiker.id, actie.eigenaarId))
    .leftJoin(gemeente, eq(gemeente.id, actie.gemeenteId))
    .leftJoin(trekkerGemeente, eq(trekkerGemeente.id, actie.trekkerGemeenteId))
    .leftJoin(organisatie, eq(organisatie.id, actie.trekkerOrganisatieId))
    .where(and(...actieFilter))
    .orderBy(asc(actie.code), asc(actie.id))
    .all();

  const koppelingen = lezer
    .select({
      actieId: actieDoelstelling.actieId,
      id: doelstelling.id,
      code: doelstelling.code,
      tekst: doelstelling.tekst,
      actielijnId: doelstelling.actielijnId,
    })
    .from(actieDoelstelling)
    .innerJoin(actie, eq(actie.id, actieDoelstelling.actieId))
    .innerJoin(doelstelling, eq(doelstelling.id, actieDoelstelling.doelstellingId))
    .innerJoin(actielijn, eq(actielijn.id, doelstelling.actielijnId))
    .where(and(...actieFilter))
    .orderBy(asc(actielijn.volgorde), asc(doelstelling.volgorde))
    .all();

  const partners = lezer
    .select({
      actieId: actiePartner.actieId,
      gemeenteId: actiePartner.gemeenteId,
      gemeenteNaam: partnerGemeente.naam,
      organisatieId: actiePartner.organisatieId,
      organisatieNaam: organisatie.naam,
    })
    .from(actiePartner)
    .innerJoin(actie, eq(actie.id, actiePartner.actieId))
    .leftJoin(partnerGemeente, eq(partnerGemeente.id, actiePartner.gemeenteId))
    .leftJoin(organisatie, eq(organisatie.id, actiePartner.organisatieId))
    .where(and(...actieFilter))
    .orderBy(asc(actiePartner.id))
    .all();

  const doelenPerActie = new Map<number, InhoudActie["doelstellingen"]>();
  for (const { actieId, ...d } of koppelingen) {
    const lijst = doelenPerActie.get(actieId) ?? [];
    lijst.push(d);
    doelenPerActie.set(actieId, lijst);
  }
  const partnersPerActie = new Map<number, InhoudBetrokkene[]>();
  for (const p of partners) {
    const partner = betrokkene(p.gemeenteId, p.gemeenteNaam, p.organisatieId, p.organisatieNaam);
    if (!partner) continue;
    const lijst = partnersPerActie.get(p.actieId) ?? [];
    lijst.push(partner);
    partnersPerActie.set(p.actieId, lijst);
  }

  return {
    versie: 1,
    plan,
    actielijnen,
    acties: rijen.map((r) => ({
      id: r.id,
      code: r.code,
      titel: r.titel,
      omschrijving: r.omschrijving,
      niveau: r.niveau,
      gemeente: r.gemeenteId !== null ? { id: r.gemeenteId, naam: r.gemeenteNaam ?? "(onbekend)" } : null,
      eigenaar: { id: r.eigenaarId, naam: r.eigenaarNaam },
      trekker: betrokkene(r.trekkerGemeenteId, r.trekkerGemeenteNaam, r.trekkerOrganisatieId, r.trekkerOrganisatieNaam),
      partners: partnersPerActie.get(r.id) ?? [],
      deadline: r.deadline,
      status: r.status,
      beoogdResultaat: r.beoogdResultaat,
      indicator: r.indicator,
      financiering: r.financiering,
      bedragCenten: r.bedragCenten,
      herkomstActieId: r.herkomstActieId,
      doelstellingen: doelenPerActie.get(r.id) ?? [],
    })),
  };
}

function betrokkene(gemeenteId: number | null, gemeenteNaam: string | null, organisatieId: number | null, organisatieNaam: string | null): InhoudBetrokkene | null {
  if (gemeenteId !== null) return { soort: "gemeente", id: gemeenteId, naam: gemeenteNaam ?? "(onbekend)" };
  if (organisatieId !== null) return { soort: "organisatie", id: organisatieId, naam: organisatieNaam ?? "(onbekend)" };
  return null;
}

/** The snapshot of a vaststelling; the seed uses it too, so seeded and real snapshots look alike. */
export function vaststellingInhoud(lezer: Lezer, regioId: number, planId: number): PlanInhoud {
  const inhoud = leesPlanInhoud(lezer, regioId, planId);
  if (!inhoud) throw new Error(`Plan ${planId} hoort niet bij regio ${regioId}`);
  return inhoud;
}
