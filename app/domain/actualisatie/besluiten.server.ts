import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db, writeTransaction, type Tx } from "../../../db";
import {
  actie,
  actieDoelstelling,
  actiePartner,
  actieUitvoering,
  actualisatieBesluit,
  besluit as overlegBesluit,
  gebruiker,
  lidmaatschap,
  voortgang,
  type ActieStatus,
} from "../../../db/schema";
import type { FieldErrors } from "../../components/form";
import { leesSnapshot } from "../acties/actie-opslaan.server";
import { writeAudit } from "../audit.server";
import { can } from "../permissions";
import type { BesluitRij } from "./formulieren";
import type { ActualisatieBesluit } from "./labels";
import { AFGESLOTEN, findActualisatiePlan, telOnbeslist, type ActualisatiePlan } from "./plan-zoeken.server";
import { fout, type Gebruiker, type Uitkomst } from "./uitkomst";

/**
 * Deciding per actie of plan N what happens to it in plan N+1: doorzetten (a copy in N+1 that
 * points back through herkomstActieId, so its history stays one story), afgerond or vervallen.
 * Decisions can change while N+1 is a concept; undoing a doorzetten removes the copy, which is
 * only allowed while nobody reported voortgang on it or took a besluit about it.
 */

const kopie = alias(actie, "kopie");

/** The acties of plan N with their decision and their copy in N+1 (found by herkomst), in one query. */
function leesVorigeActies(lezer: Tx | typeof db, plan: ActualisatiePlan, actieIds?: number[]) {
  const voorwaarden = [eq(actie.planId, plan.vorigPlanId ?? -1)];
  if (actieIds) voorwaarden.push(inArray(actie.id, actieIds.length ? actieIds : [-1]));
  return lezer
    .select({
      id: actie.id,
      code: actie.code,
      titel: actie.titel,
      status: actie.status,
      deadline: actie.deadline,
      eigenaarId: actie.eigenaarId,
      eigenaarNaam: gebruiker.naam,
      besluitId: actualisatieBesluit.id,
      besluit: actualisatieBesluit.besluit,
      reden: actualisatieBesluit.reden,
      kopieId: kopie.id,
      kopieCode: kopie.code,
      kopieDeadline: kopie.deadline,
      kopieEigenaarId: kopie.eigenaarId,
      kopieVersion: kopie.version,
      kopieVoortgang: sql<number>`(select count(*) from ${voortgang} where ${voortgang.actieId} = ${kopie.id})`,
      kopieBesluiten: sql<number>`(select count(*) from ${overlegBesluit} where ${overlegBesluit.actieId} = ${kopie.id})`,
    })
    .from(actie)
    .innerJoin(gebruiker, eq(gebruiker.id, actie.eigenaarId))
    .leftJoin(actualisatieBesluit, and(eq(actualisatieBesluit.actieId, actie.id), eq(actualisatieBesluit.planId, plan.id)))
    .leftJoin(kopie, and(eq(kopie.herkomstActieId, actie.id), eq(kopie.planId, plan.id)))
    .where(and(...voorwaarden))
    .orderBy(asc(actie.code), asc(actie.id))
    .all();
}

type VorigeActie = ReturnType<typeof leesVorigeActies>[number];

/** People with a role in the regio: who can own a carried-over actie. */
function eigenaarKeuzes(lezer: Tx | typeof db, regioId: number) {
  return lezer
    .selectDistinct({ id: gebruiker.id, naam: gebruiker.naam })
    .from(gebruiker)
    .innerJoin(lidmaatschap, eq(lidmaatschap.gebruikerId, gebruiker.id))
    .where(and(eq(lidmaatschap.regioId, regioId), eq(gebruiker.actief, true)))
    .orderBy(asc(gebruiker.naam))
    .all();
}

export interface BesluitSchermRij {
  id: number;
  code: string;
  titel: string;
  status: ActieStatus;
  deadline: string;
  eigenaarNaam: string;
  afgesloten: boolean;
  besluit: ActualisatieBesluit | null;
  reden: string | null;
  kopie: { id: number; code: string; deadline: string; eigenaarId: number; heeftVoortgang: boolean } | null;
  /** An open actie without a (still valid) decision. */
  onbeslist: boolean;
}

export function laadBesluitScherm(regioId: number, jaar: number) {
  const plan = findActualisatiePlan(db, regioId, jaar);
  if (!plan || plan.vorigPlanId === null) return null;
  const rijen: BesluitSchermRij[] = leesVorigeActies(db, plan).map((r) => {
    const afgesloten = AFGESLOTEN.includes(r.status);
    const geldigBesluit = r.besluit === "doorzetten" && r.kopieId === null ? null : r.besluit;
    return {
      id: r.id,
      code: r.code,
      titel: r.titel,
      status: r.status,
      deadline: r.deadline,
      eigenaarNaam: r.eigenaarNaam,
      afgesloten,
      besluit: geldigBesluit,
      reden: r.reden,
      kopie:
        r.kopieId !== null
          ? { id: r.kopieId, code: r.kopieCode ?? "", deadline: r.kopieDeadline ?? "", eigenaarId: r.kopieEigenaarId ?? 0, heeftVoortgang: r.kopieVoortgang > 0 }
          : null,
      onbeslist: !afgesloten && geldigBesluit === null,
    };
  });
  return { plan, rijen, eigenaren: eigenaarKeuzes(db, regioId) };
}

export type BesluitScherm = NonNullable<ReturnType<typeof laadBesluitScherm>>;

export function neemBesluiten(user: Gebruiker, regioId: number, jaar: number, rijen: BesluitRij[]): Uitkomst<{ gewijzigd: number; onbeslist: number }> {
  return writeTransaction((tx) => pasToe(tx, user, regioId, jaar, () => rijen));
}

/** The bulk action: every open actie still without a decision is carried over unchanged. */
export function zetOnbeslisteDoor(user: Gebruiker, regioId: number, jaar: number): Uitkomst<{ gewijzigd: number; onbeslist: number }> {
  return writeTransaction((tx) =>
    pasToe(tx, user, regioId, jaar, (vorige) =>
      vorige
        .filter((r) => !AFGESLOTEN.includes(r.status) && (r.besluitId === null || (r.besluit === "doorzetten" && r.kopieId === null)))
        .map((r) => ({ actieId: r.id, besluit: "doorzetten" as const, reden: null, deadline: null, eigenaarId: null })),
    ),
  );
}

function pasToe(
  tx: Tx,
  user: Gebruiker,
  regioId: number,
  jaar: number,
  kiesRijen: (vorige: VorigeActie[]) => BesluitRij[],
): Uitkomst<{ gewijzigd: number; onbeslist: number }> {
  if (!can(user, { recht: "actualisatie.beheren", regioId })) {
    writeAudit(tx, { regioId, gebruikerId: user.id, ip: user.ip, entiteit: "actualisatie_besluit", actie: "actualisatie.beheren", resultaat: "geweigerd" });
    return fout(403, "Alleen een regiocoördinator kan besluiten over de acties.");
  }
  const plan = findActualisatiePlan(tx, regioId, jaar);
  if (!plan) return fout(404, `Er is geen uitvoeringsplan ${jaar}.`);
  if (plan.vorigPlanId === null) return fout(400, `Het uitvoeringsplan ${jaar} heeft geen vorig plan om over te besluiten.`);
  if (plan.status !== "concept") {
    writeAudit(tx, { regioId, gebruikerId: user.id, ip: user.ip, entiteit: "uitvoeringsplan", entiteitId: plan.id, actie: "actualisatie.besluiten", resultaat: "geweigerd" });
    return fout(400, "Besluiten over de acties kunnen alleen worden gewijzigd zolang het plan een concept is.");
  }

  const alle = leesVorigeActies(tx, plan);
  const rijen = kiesRijen(alle);
  const vorigeOpId = new Map(alle.map((r) => [r.id, r]));
  const eigenaren = new Set(eigenaarKeuzes(tx, regioId).map((g) => g.id));
  const errors: FieldErrors = {};
  const werk: { rij: BesluitRij; vorige: VorigeActie }[] = [];

  for (const rij of rijen) {
    const vorige = vorigeOpId.get(rij.actieId);
    if (!vorige) {
      errors[`besluit-${rij.actieId}`] = `Deze actie hoort niet bij het uitvoeringsplan ${jaar - 1} van deze regio.`;
      continue;
    }
    if (rij.eigenaarId !== null && !eigenaren.has(rij.eigenaarId)) {
      errors[`eigenaar-${rij.actieId}`] = "Kies als eigenaar iemand met een rol in deze regio.";
    }
    if (!verandert(rij, vorige)) continue;
    if (AFGESLOTEN.includes(vorige.status) && rij.besluit !== null) {
      errors[`besluit-${rij.actieId}`] = "Deze actie is al afgerond of vervallen en heeft geen besluit nodig.";
      continue;
    }
    if (vorige.kopieId !== null && moetKopieWeg(rij, vorige) && (vorige.kopieVoortgang > 0 || vorige.kopieBesluiten > 0)) {
      errors[`besluit-${rij.actieId}`] =
        `Actie ${vorige.kopieCode} in ${jaar} heeft al ${vorige.kopieVoortgang > 0 ? "voortgang" : "een besluit uit een overleg"}; het doorzetten kan niet meer worden teruggedraaid. Zet die actie zo nodig op vervallen via een voortgangsupdate.`;
      continue;
    }
    werk.push({ rij, vorige });
  }
  if (Object.keys(errors).length) return { ok: false, status: 400, errors };

  const codes = new Set(tx.select({ code: actie.code }).from(actie).where(eq(actie.planId, plan.id)).all().map((a) => a.code));
  for (const { rij, vorige } of werk) voerUit(tx, user, regioId, plan, rij, vorige, codes);
  return { ok: true, gewijzigd: werk.length, onbeslist: telOnbeslist(tx, plan) };
}

function moetKopieWeg(rij: BesluitRij, vorige: VorigeActie): boolean {
  if (rij.besluit === "afgerond" || rij.besluit === "vervallen") return true;
  return rij.besluit === null && vorige.besluit === "doorzetten";
}

function verandert(rij: BesluitRij, vorige: VorigeActie): boolean {
  const huidig = vorige.besluit === "doorzetten" && vorige.kopieId === null ? null : vorige.besluit;
  if (rij.besluit !== huidig) return true;
  if (rij.besluit === null) return false;
  if (rij.besluit !== "doorzetten") return (rij.reden ?? null) !== (vorige.reden ?? null);
  return (
    (rij.deadline !== null && rij.deadline !== vorige.kopieDeadline) ||
    (rij.eigenaarId !== null && rij.eigenaarId !== vorige.kopieEigenaarId)
  );
}

function voerUit(tx: Tx, user: Gebruiker, regioId: number, plan: ActualisatiePlan, rij: BesluitRij, vorige: VorigeActie, codes: Set<string>) {
  let nieuweActieId: number | null = vorige.kopieId;
  if (vorige.kopieId !== null && moetKopieWeg(rij, vorige)) {
    verwijderKopie(tx, user, regioId, vorige.kopieId);
    codes.delete(vorige.kopieCode ?? "");
    nieuweActieId = null;
  } else if (rij.besluit === "doorzetten" && vorige.kopieId === null) {
    nieuweActieId = maakKopie(tx, user, regioId, plan, vorige.id, rij, codes);
  } else if (rij.besluit === "doorzetten" && vorige.kopieId !== null) {
    pasKopieAan(tx, user, regioId, vorige, rij);
  }

  const voor = vorige.besluitId !== null ? { besluit: vorige.besluit, reden: vorige.reden, nieuweActieId: vorige.kopieId } : null;
  const audit = (actieNaam: string, entiteitId: number | null, na: unknown) =>
    writeAudit(tx, { regioId, gebruikerId: user.id, ip: user.ip, entiteit: "actualisatie_besluit", entiteitId, actie: actieNaam, voor: voor && { actieId: vorige.id, ...voor }, na });

  if (rij.besluit === null) {
    if (vorige.besluitId !== null) {
      tx.delete(actualisatieBesluit).where(eq(actualisatieBesluit.id, vorige.besluitId)).run();
      audit("ingetrokken", vorige.besluitId, null);
    }
    return;
  }
  const waarden = { besluit: rij.besluit, reden: rij.reden, nieuweActieId, besluitDoorId: user.id };
  if (vorige.besluitId !== null) {
    tx.update(actualisatieBesluit).set(waarden).where(eq(actualisatieBesluit.id, vorige.besluitId)).run();
    audit("gewijzigd", vorige.besluitId, { actieId: vorige.id, ...waarden });
  } else {
    const { id } = tx
      .insert(actualisatieBesluit)
      .values({ planId: plan.id, actieId: vorige.id, ...waarden })
      .returning({ id: actualisatieBesluit.id })
      .get();
    audit("vastgelegd", id, { actieId: vorige.id, ...waarden });
  }
}

/** Same code as last year when it is free in the new plan, otherwise the next number of its doelstelling. */
function vrijeCode(code: string, codes: Set<string>): string {
  if (!codes.has(code)) return code;
  const prefix = code.replace(/-\d+$/, "");
  for (let n = 1; ; n++) {
    const kandidaat = `${prefix}-${String(n).padStart(2, "0")}`;
    if (!codes.has(kandidaat)) return kandidaat;
  }
}

function maakKopie(tx: Tx, user: Gebruiker, regioId: number, plan: ActualisatiePlan, bronId: number, rij: BesluitRij, codes: Set<string>): number {
  const bron = tx.select().from(actie).where(eq(actie.id, bronId)).get();
  if (!bron) throw new Error(`Actie ${bronId} verdween tijdens het besluiten`);
  const binnenBereik = bron.deadline >= `${plan.jaar - 1}-01-01` && bron.deadline <= `${plan.jaar + 1}-12-31`;
  const code = vrijeCode(bron.code, codes);
  codes.add(code);
  const { id } = tx
    .insert(actie)
    .values({
      planId: plan.id,
      code,
      titel: bron.titel,
      omschrijving: bron.omschrijving,
      niveau: bron.niveau,
      gemeenteId: bron.gemeenteId,
      eigenaarId: rij.eigenaarId ?? bron.eigenaarId,
      trekkerGemeenteId: bron.trekkerGemeenteId,
      trekkerOrganisatieId: bron.trekkerOrganisatieId,
      deadline: rij.deadline ?? (binnenBereik ? bron.deadline : `${plan.jaar}-12-31`),
      status: "niet_gestart",
      beoogdResultaat: bron.beoogdResultaat,
      indicator: bron.indicator,
      financiering: bron.financiering,
      bedragCenten: bron.bedragCenten,
      herkomstActieId: bron.id,
      uitvoeringPerGemeente: bron.uitvoeringPerGemeente,
      version: 1,
    })
    .returning({ id: actie.id })
    .get();

  const doelen = tx.select({ doelstellingId: actieDoelstelling.doelstellingId }).from(actieDoelstelling).where(eq(actieDoelstelling.actieId, bron.id)).all();
  if (doelen.length) tx.insert(actieDoelstelling).values(doelen.map((d) => ({ actieId: id, ...d }))).run();
  const partners = tx
    .select({ gemeenteId: actiePartner.gemeenteId, organisatieId: actiePartner.organisatieId })
    .from(actiePartner)
    .where(eq(actiePartner.actieId, bron.id))
    .orderBy(asc(actiePartner.id))
    .all();
  if (partners.length) tx.insert(actiePartner).values(partners.map((p) => ({ actieId: id, ...p }))).run();
  if (bron.uitvoeringPerGemeente) {
    const delen = tx
      .select({ gemeenteId: actieUitvoering.gemeenteId, eigenaarId: actieUitvoering.eigenaarId })
      .from(actieUitvoering)
      .where(eq(actieUitvoering.actieId, bron.id))
      .all();
    if (delen.length) tx.insert(actieUitvoering).values(delen.map((d) => ({ actieId: id, ...d, status: "niet_gestart" as const }))).run();
  }
  writeAudit(tx, {
    regioId,
    gebruikerId: user.id,
    ip: user.ip,
    entiteit: "actie",
    entiteitId: id,
    actie: "aangemaakt",
    na: { ...leesSnapshot(tx, id), status: "niet_gestart", version: 1, herkomstActieId: bron.id },
  });
  return id;
}

/** A new deadline or eigenaar for an existing copy, logged like an edit so the actie's history shows it. */
function pasKopieAan(tx: Tx, user: Gebruiker, regioId: number, vorige: VorigeActie, rij: BesluitRij) {
  if (vorige.kopieId === null) return;
  const voor: Record<string, unknown> = {};
  const na: Record<string, unknown> = {};
  if (rij.deadline !== null && rij.deadline !== vorige.kopieDeadline) {
    voor.deadline = vorige.kopieDeadline;
    na.deadline = rij.deadline;
  }
  if (rij.eigenaarId !== null && rij.eigenaarId !== vorige.kopieEigenaarId) {
    voor.eigenaarId = vorige.kopieEigenaarId;
    na.eigenaarId = rij.eigenaarId;
  }
  if (Object.keys(na).length === 0) return;
  const versie = (vorige.kopieVersion ?? 1) + 1;
  tx.update(actie)
    .set({ ...na, version: versie, gewijzigdOp: new Date().toISOString() })
    .where(eq(actie.id, vorige.kopieId))
    .run();
  writeAudit(tx, {
    regioId,
    gebruikerId: user.id,
    ip: user.ip,
    entiteit: "actie",
    entiteitId: vorige.kopieId,
    actie: "gewijzigd",
    voor: { ...voor, version: vorige.kopieVersion },
    na: { ...na, version: versie },
  });
}

function verwijderKopie(tx: Tx, user: Gebruiker, regioId: number, kopieId: number) {
  const snapshot = leesSnapshot(tx, kopieId);
  tx.delete(actie).where(eq(actie.id, kopieId)).run();
  writeAudit(tx, {
    regioId,
    gebruikerId: user.id,
    ip: user.ip,
    entiteit: "actie",
    entiteitId: kopieId,
    actie: "verwijderd",
    voor: { ...snapshot, reden: "doorzetten teruggedraaid" },
  });
}
