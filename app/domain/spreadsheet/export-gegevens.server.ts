import { and, eq } from "drizzle-orm";
import { db } from "../../../db";
import { actie, regiovisie, uitvoeringsplan, type ActieStatus } from "../../../db/schema";
import type { Sessiegebruiker } from "../../auth/current-user.server";
import type { RegioContext } from "../../auth/guards.server";
import { FINANCIERING_LABELS } from "../acties/actie-schema";
import { formatKwartaal } from "../format";
import { laadPlanPagina, type PlanActie, type StatusTotalen } from "../plan/plan-pagina.server";
import { findPlan } from "../plan/plan-query.server";
import { PLAN_STATUS_LABELS } from "../status";
import { beschrijfFilters } from "./filter-beschrijving";

/**
 * What an export contains: exactly the acties the plan page shows for the same query string
 * (its filters, its SQL), plus the fields the page leaves out, fetched in one more query.
 */

export interface ExportRij {
  code: string;
  titel: string;
  omschrijving: string | null;
  actielijn: string;
  doelstellingen: string;
  niveau: string;
  gemeente: string | null;
  trekker: string | null;
  eigenaar: string;
  partners: string;
  deadline: string;
  kwartaal: string;
  status: ActieStatus;
  laatsteVoortgang: string | null;
  overDeadline: boolean;
  nietBijgewerkt: boolean;
  beoogdResultaat: string | null;
  financiering: string | null;
  bedragCenten: number | null;
}

export interface ExportGegevens {
  regio: { naam: string; slug: string };
  plan: { jaar: number; status: string; vastgesteldOp: string | null; besluit: string | null; aantalActies: number };
  filters: string[];
  aantalGevonden: number;
  geexporteerdOp: Date;
  alle: ExportRij[];
  bladen: { naam: string; rijen: ExportRij[] }[];
  totalen: StatusTotalen;
}

function extraVelden(regioId: number, planId: number) {
  const rijen = db
    .select({
      id: actie.id,
      omschrijving: actie.omschrijving,
      beoogdResultaat: actie.beoogdResultaat,
      financiering: actie.financiering,
      bedragCenten: actie.bedragCenten,
    })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(regiovisie.regioId, regioId), eq(actie.planId, planId)))
    .all();
  return new Map(rijen.map((r) => [r.id, r]));
}

export function laadExport(user: Sessiegebruiker, regio: RegioContext, jaar: number, params: URLSearchParams, nu = new Date()): ExportGegevens | null {
  const pagina = laadPlanPagina(user, regio, jaar, params, nu);
  const plan = pagina && findPlan(regio.id, jaar);
  if (!pagina || !plan) return null;
  const extra = extraVelden(regio.id, plan.id);

  const lijnVanDoel = new Map(pagina.keuzes.doelstellingen.map((d) => [d.code, d.actielijnId]));
  const lijnNaam = new Map(pagina.keuzes.actielijnen.map((l) => [l.id, `${l.code} ${l.titel}`]));

  // Every doelstelling code of each actie: where it is placed plus where else it is listed.
  const codes = new Map<number, Set<string>>();
  for (const lijn of pagina.groepen.actielijnen) {
    for (const doel of lijn.doelstellingen) {
      for (const p of doel.acties) {
        const set = codes.get(p.actie.id) ?? new Set<string>();
        set.add(doel.code);
        for (const c of p.ookOnder) set.add(c);
        codes.set(p.actie.id, set);
      }
    }
  }

  const maakRij = (a: PlanActie, actielijn?: string): ExportRij => {
    const doelCodes = [...(codes.get(a.id) ?? [])].sort((x, y) => x.localeCompare(y, "nl", { numeric: true }));
    const lijnen = [...new Set(doelCodes.map((c) => lijnVanDoel.get(c)).filter((id): id is number => id !== undefined))].map((id) => lijnNaam.get(id)!);
    const e = extra.get(a.id);
    return {
      code: a.code,
      titel: a.titel,
      omschrijving: e?.omschrijving ?? null,
      actielijn: actielijn ?? lijnen.join("; "),
      doelstellingen: doelCodes.join(", "),
      niveau: a.niveau === "lokaal" ? "Lokaal" : "Regionaal",
      gemeente: a.gemeente,
      trekker: a.trekker,
      eigenaar: a.eigenaar,
      partners: a.partners.join(", "),
      deadline: a.deadline,
      kwartaal: formatKwartaal(a.deadline),
      status: a.status,
      laatsteVoortgang: a.laatsteVoortgang,
      overDeadline: a.overDeadline,
      nietBijgewerkt: a.nietBijgewerkt,
      beoogdResultaat: e?.beoogdResultaat ?? null,
      financiering: e?.financiering ? FINANCIERING_LABELS[e.financiering] : null,
      bedragCenten: e?.bedragCenten ?? null,
    };
  };

  const alle: ExportRij[] = [];
  const gezien = new Set<number>();
  const bladen: ExportGegevens["bladen"] = [];
  for (const lijn of pagina.groepen.actielijnen) {
    const naam = `${lijn.code} ${lijn.titel}`;
    const inBlad = new Set<number>();
    const rijen: ExportRij[] = [];
    for (const doel of lijn.doelstellingen) {
      for (const p of doel.acties) {
        if (!inBlad.has(p.actie.id)) {
          inBlad.add(p.actie.id);
          rijen.push(maakRij(p.actie, naam));
        }
        if (!gezien.has(p.actie.id)) {
          gezien.add(p.actie.id);
          alle.push(maakRij(p.actie));
        }
      }
    }
    bladen.push({ naam, rijen });
  }
  if (pagina.groepen.zonderDoelstelling.length > 0) {
    const rijen = pagina.groepen.zonderDoelstelling.map((a) => maakRij(a, ""));
    bladen.push({ naam: "Zonder doelstelling", rijen });
    alle.push(...rijen);
  }

  return {
    regio: { naam: regio.naam, slug: regio.slug },
    plan: { ...pagina.plan, status: PLAN_STATUS_LABELS[pagina.plan.status] },
    filters: beschrijfFilters(pagina.filters, pagina.keuzes),
    aantalGevonden: pagina.aantalGevonden,
    geexporteerdOp: nu,
    alle,
    bladen,
    totalen: pagina.totalen,
  };
}

export function exportBestandsnaam(regioSlug: string, jaar: number, extensie: "xlsx" | "csv"): string {
  return `uitvoeringsplan-${regioSlug}-${jaar}.${extensie}`;
}

