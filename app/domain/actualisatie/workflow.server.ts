import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { writeTransaction, type Db, type Tx } from "../../../db";
import { planVaststelling, reactie, uitvoeringsplan } from "../../../db/schema";
import { writeAudit } from "../audit.server";
import { can } from "../permissions";
import type { VaststelInvoer } from "./formulieren";
import { vaststellingInhoud } from "./plan-inhoud.server";
import { aantalTekst } from "../format";
import { findActualisatiePlan, telOnbeslist } from "./plan-zoeken.server";
import { fout, type Gebruiker, type Uitkomst } from "./uitkomst";

/**
 * The transitions of the yearly cycle: start plan N+1 from vastgesteld plan N, send it ter
 * afstemming, vaststellen. Each runs in one immediate transaction with its audit row; a refused
 * transition changes nothing and is logged as refused.
 */

function weiger(tx: Tx, user: Gebruiker, regioId: number, planId: number | null, actie: string, uitkomst: ReturnType<typeof fout>) {
  writeAudit(tx, {
    regioId,
    gebruikerId: user.id,
    ip: user.ip,
    entiteit: "uitvoeringsplan",
    entiteitId: planId,
    actie,
    resultaat: "geweigerd",
    na: { reden: uitkomst.errors.form },
  });
  return uitkomst;
}

function magBeheren(tx: Tx, user: Gebruiker, regioId: number, actie: string): ReturnType<typeof fout> | null {
  if (can(user, { recht: "actualisatie.beheren", regioId })) return null;
  return weiger(tx, user, regioId, null, actie, fout(403, "Alleen een regiocoördinator kan de actualisatie beheren."));
}

/** Why plan `jaar` cannot be started now, or null when it can (DESIGN §3: one plan per year, within the visie, one in bewerking). */
export function belemmeringVoorStart(lezer: Tx | Db, regioId: number, jaar: number): string | null {
  if (findActualisatiePlan(lezer, regioId, jaar)) return `Er is al een uitvoeringsplan ${jaar}.`;
  const vorig = findActualisatiePlan(lezer, regioId, jaar - 1);
  if (!vorig) return `Er is geen uitvoeringsplan ${jaar - 1} om het plan ${jaar} van af te leiden.`;
  if (vorig.status !== "vastgesteld") {
    return `Het uitvoeringsplan ${jaar - 1} is nog niet vastgesteld; stel dat eerst vast voordat u aan ${jaar} begint.`;
  }
  if (jaar < vorig.periodeStart || jaar > vorig.periodeEind) {
    return `${jaar} valt buiten de periode van de regiovisie (${vorig.periodeStart}–${vorig.periodeEind}); daarvoor is eerst een nieuwe regiovisie nodig.`;
  }
  const inBewerking = lezer
    .select({ jaar: uitvoeringsplan.jaar })
    .from(uitvoeringsplan)
    .where(and(eq(uitvoeringsplan.visieId, vorig.visieId), ne(uitvoeringsplan.status, "vastgesteld")))
    .get();
  if (inBewerking) {
    return `Het uitvoeringsplan ${inBewerking.jaar} is nog niet vastgesteld. Per regiovisie kan maar één plan tegelijk in bewerking zijn.`;
  }
  return null;
}

export function startActualisatie(user: Gebruiker, regioId: number, jaar: number): Uitkomst<{ planId: number }> {
  return writeTransaction((tx): Uitkomst<{ planId: number }> => {
    const ACTIE = "actualisatie.starten";
    const geweigerd = magBeheren(tx, user, regioId, ACTIE);
    if (geweigerd) return geweigerd;
    const nee = (melding: string) => weiger(tx, user, regioId, null, ACTIE, fout(400, melding));

    const belemmering = belemmeringVoorStart(tx, regioId, jaar);
    const vorig = findActualisatiePlan(tx, regioId, jaar - 1);
    if (belemmering || !vorig) return nee(belemmering ?? `Er is geen uitvoeringsplan ${jaar - 1}.`);

    const { id } = tx
      .insert(uitvoeringsplan)
      .values({ visieId: vorig.visieId, jaar, status: "concept", vorigPlanId: vorig.id })
      .returning({ id: uitvoeringsplan.id })
      .get();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "uitvoeringsplan",
      entiteitId: id,
      actie: ACTIE,
      na: { jaar, status: "concept", vorigPlanId: vorig.id },
    });
    return { ok: true, planId: id };
  });
}

export function verzendTerAfstemming(user: Gebruiker, regioId: number, jaar: number): Uitkomst {
  return writeTransaction((tx): Uitkomst => {
    const ACTIE = "actualisatie.verzenden";
    const geweigerd = magBeheren(tx, user, regioId, ACTIE);
    if (geweigerd) return geweigerd;
    const plan = findActualisatiePlan(tx, regioId, jaar);
    if (!plan) return fout(404, `Er is geen uitvoeringsplan ${jaar}.`);
    const nee = (melding: string) => weiger(tx, user, regioId, plan.id, ACTIE, fout(400, melding));
    if (plan.status !== "concept") return nee("Alleen een conceptplan kan ter afstemming worden verstuurd; dit plan is dat al niet meer.");
    const onbeslist = telOnbeslist(tx, plan);
    if (onbeslist > 0) {
      return nee(
        `Er ${onbeslist === 1 ? "is" : "zijn"} nog ${aantalTekst(onbeslist, "actie", "acties")} uit ${jaar - 1} zonder besluit. Besluit eerst over elke open actie (doorzetten, afgerond of vervallen).`,
      );
    }
    const nu = new Date().toISOString();
    tx.update(uitvoeringsplan)
      .set({ status: "ter_afstemming", verzondenOp: nu })
      .where(and(eq(uitvoeringsplan.id, plan.id), eq(uitvoeringsplan.status, "concept")))
      .run();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "uitvoeringsplan",
      entiteitId: plan.id,
      actie: ACTIE,
      voor: { status: "concept" },
      na: { status: "ter_afstemming", verzondenOp: nu },
    });
    return { ok: true };
  });
}

/** Open reacties: not yet answered by the coordinator. */
export function telOpenReacties(tx: Tx, planId: number): number {
  return (
    tx
      .select({ aantal: sql<number>`count(*)` })
      .from(reactie)
      .where(and(eq(reactie.planId, planId), isNull(reactie.afhandeling)))
      .get()?.aantal ?? 0
  );
}

/**
 * Vaststellen is only possible after the afstemming: the regiogemeenten must have had the chance
 * to react (DESIGN §1), so a concept cannot skip it.
 */
export function stelVast(user: Gebruiker, regioId: number, jaar: number, invoer: VaststelInvoer): Uitkomst<{ vaststellingId: number }> {
  return writeTransaction((tx): Uitkomst<{ vaststellingId: number }> => {
    const ACTIE = "actualisatie.vaststellen";
    const geweigerd = magBeheren(tx, user, regioId, ACTIE);
    if (geweigerd) return geweigerd;
    const plan = findActualisatiePlan(tx, regioId, jaar);
    if (!plan) return fout(404, `Er is geen uitvoeringsplan ${jaar}.`);
    const nee = (melding: string) => weiger(tx, user, regioId, plan.id, ACTIE, fout(400, melding));
    if (plan.status === "vastgesteld") return nee("Dit uitvoeringsplan is al vastgesteld.");
    if (plan.status === "concept") {
      return nee("Stuur het plan eerst ter afstemming naar de gemeenten en partners; daarna kan het worden vastgesteld.");
    }
    const open = telOpenReacties(tx, plan.id);
    if (open > 0) {
      return nee(
        `Er ${open === 1 ? "is" : "zijn"} nog ${aantalTekst(open, "reactie", "reacties")} niet beantwoord. Beantwoord eerst alle reacties.`,
      );
    }
    const inhoud = vaststellingInhoud(tx, regioId, plan.id);
    const { id } = tx
      .insert(planVaststelling)
      .values({
        planId: plan.id,
        datum: invoer.datum,
        besluit: invoer.besluit,
        besluitnummer: invoer.besluitnummer,
        vastgesteldDoorId: user.id,
        inhoud,
      })
      .returning({ id: planVaststelling.id })
      .get();
    tx.update(uitvoeringsplan)
      .set({
        status: "vastgesteld",
        vastgesteldOp: invoer.datum,
        vastgesteldDoorId: user.id,
        besluit: invoer.besluit,
        besluitnummer: invoer.besluitnummer,
      })
      .where(eq(uitvoeringsplan.id, plan.id))
      .run();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "uitvoeringsplan",
      entiteitId: plan.id,
      actie: ACTIE,
      voor: { status: plan.status },
      na: { status: "vastgesteld", datum: invoer.datum, besluit: invoer.besluit, besluitnummer: invoer.besluitnummer, vaststellingId: id, aantalActies: inhoud.acties.length },
    });
    return { ok: true, vaststellingId: id };
  });
}
