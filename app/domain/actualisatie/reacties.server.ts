import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db, writeTransaction } from "../../../db";
import { actie, gebruiker, gemeente, organisatie, reactie } from "../../../db/schema";
import { writeAudit } from "../audit.server";
import { can, rolIn } from "../permissions";
import type { AntwoordInvoer, ReactieInvoer } from "./formulieren";
import { findActualisatiePlan } from "./plan-zoeken.server";
import { fout, type Gebruiker, type Uitkomst } from "./uitkomst";

/**
 * Afstemming: gemeenten and partners react on the plan ter afstemming, as a whole or on one actie;
 * the coordinator answers each reactie. A reactie carries an idempotency key, so a resubmit after
 * a timeout or a double click never makes a second one.
 */

const beantwoorder = alias(gebruiker, "beantwoorder");

export function laadAfstemming(regioId: number, jaar: number) {
  const plan = findActualisatiePlan(db, regioId, jaar);
  if (!plan) return null;
  const reacties = db
    .select({
      id: reactie.id,
      tekst: reactie.tekst,
      aangemaaktOp: reactie.aangemaaktOp,
      auteur: gebruiker.naam,
      gemeente: gemeente.naam,
      organisatie: organisatie.naam,
      actieId: reactie.actieId,
      actieCode: actie.code,
      actieTitel: actie.titel,
      afhandeling: reactie.afhandeling,
      antwoord: reactie.antwoord,
      beantwoordOp: reactie.beantwoordOp,
      beantwoordDoor: beantwoorder.naam,
    })
    .from(reactie)
    .innerJoin(gebruiker, eq(gebruiker.id, reactie.auteurId))
    .leftJoin(gemeente, eq(gemeente.id, reactie.gemeenteId))
    .leftJoin(organisatie, eq(organisatie.id, reactie.organisatieId))
    .leftJoin(actie, eq(actie.id, reactie.actieId))
    .leftJoin(beantwoorder, eq(beantwoorder.id, reactie.beantwoordDoorId))
    .where(eq(reactie.planId, plan.id))
    .orderBy(asc(reactie.aangemaaktOp), asc(reactie.id))
    .all();

  // Every gemeente of the regio with its number of reacties, counted in SQL.
  const gemeenten = db
    .select({
      id: gemeente.id,
      naam: gemeente.naam,
      aantal: sql<number>`count(${reactie.id})`,
    })
    .from(gemeente)
    .leftJoin(reactie, and(eq(reactie.gemeenteId, gemeente.id), eq(reactie.planId, plan.id)))
    .where(eq(gemeente.regioId, regioId))
    .groupBy(gemeente.id)
    .orderBy(asc(gemeente.naam))
    .all();

  const acties = db
    .select({ id: actie.id, code: actie.code, titel: actie.titel })
    .from(actie)
    .where(eq(actie.planId, plan.id))
    .orderBy(asc(actie.code), asc(actie.id))
    .all();

  return {
    plan,
    reacties,
    gemeenten,
    acties,
    aantalOpen: reacties.filter((r) => r.afhandeling === null).length,
  };
}

export type Afstemming = NonNullable<ReturnType<typeof laadAfstemming>>;

export function plaatsReactie(user: Gebruiker, regioId: number, jaar: number, invoer: ReactieInvoer): Uitkomst<{ reactieId: number; herhaald: boolean }> {
  return writeTransaction((tx): Uitkomst<{ reactieId: number; herhaald: boolean }> => {
    const rol = rolIn(user, regioId);
    if (!can(user, { recht: "reactie.plaatsen", regioId }) || !rol) {
      writeAudit(tx, { regioId, gebruikerId: user.id, ip: user.ip, entiteit: "reactie", actie: "reactie.plaatsen", resultaat: "geweigerd" });
      return fout(403, "Alleen gemeenten en ketenpartners van deze regio kunnen reageren op een plan ter afstemming.");
    }
    const plan = findActualisatiePlan(tx, regioId, jaar);
    if (!plan) return fout(404, `Er is geen uitvoeringsplan ${jaar}.`);

    const eerder = tx
      .select({ id: reactie.id, planId: reactie.planId, auteurId: reactie.auteurId })
      .from(reactie)
      .where(eq(reactie.idempotencyKey, invoer.idempotencyKey))
      .get();
    if (eerder) {
      if (eerder.planId !== plan.id || eerder.auteurId !== user.id) return fout(400, "Dit formulier is al gebruikt; laad de pagina opnieuw.");
      return { ok: true, reactieId: eerder.id, herhaald: true };
    }
    if (plan.status !== "ter_afstemming") {
      writeAudit(tx, { regioId, gebruikerId: user.id, ip: user.ip, entiteit: "reactie", actie: "reactie.plaatsen", resultaat: "geweigerd", na: { planId: plan.id, status: plan.status } });
      return fout(400, "Reageren kan alleen zolang het plan ter afstemming ligt.");
    }
    if (invoer.actieId !== null) {
      const bestaat = tx.select({ id: actie.id }).from(actie).where(and(eq(actie.id, invoer.actieId), eq(actie.planId, plan.id))).get();
      if (!bestaat) return fout(400, `Kies een actie uit het uitvoeringsplan ${jaar}, of reageer op het plan als geheel.`, "actieId");
    }

    const { id } = tx
      .insert(reactie)
      .values({
        planId: plan.id,
        actieId: invoer.actieId,
        gemeenteId: rol.rol === "partner" ? null : rol.gemeenteId,
        organisatieId: rol.rol === "partner" ? rol.organisatieId : null,
        auteurId: user.id,
        tekst: invoer.tekst,
        idempotencyKey: invoer.idempotencyKey,
      })
      .returning({ id: reactie.id })
      .get();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "reactie",
      entiteitId: id,
      actie: "geplaatst",
      na: { planId: plan.id, actieId: invoer.actieId, tekst: invoer.tekst },
    });
    return { ok: true, reactieId: id, herhaald: false };
  });
}

export function beantwoordReactie(user: Gebruiker, regioId: number, jaar: number, invoer: AntwoordInvoer): Uitkomst {
  return writeTransaction((tx): Uitkomst => {
    if (!can(user, { recht: "actualisatie.beheren", regioId })) {
      writeAudit(tx, { regioId, gebruikerId: user.id, ip: user.ip, entiteit: "reactie", entiteitId: invoer.reactieId, actie: "reactie.beantwoorden", resultaat: "geweigerd" });
      return fout(403, "Alleen een regiocoördinator kan reacties beantwoorden.");
    }
    const plan = findActualisatiePlan(tx, regioId, jaar);
    if (!plan) return fout(404, `Er is geen uitvoeringsplan ${jaar}.`);
    const bestaand = tx
      .select({ id: reactie.id, afhandeling: reactie.afhandeling, antwoord: reactie.antwoord })
      .from(reactie)
      .where(and(eq(reactie.id, invoer.reactieId), eq(reactie.planId, plan.id)))
      .get();
    if (!bestaand) return fout(404, "Deze reactie bestaat niet, of hoort niet bij dit plan.");
    if (plan.status !== "ter_afstemming") {
      writeAudit(tx, { regioId, gebruikerId: user.id, ip: user.ip, entiteit: "reactie", entiteitId: bestaand.id, actie: "reactie.beantwoorden", resultaat: "geweigerd" });
      return fout(400, "Reacties kunnen alleen worden beantwoord zolang het plan ter afstemming ligt.");
    }
    const nu = new Date().toISOString();
    tx.update(reactie)
      .set({ afhandeling: invoer.afhandeling, antwoord: invoer.antwoord, beantwoordDoorId: user.id, beantwoordOp: nu })
      .where(eq(reactie.id, bestaand.id))
      .run();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "reactie",
      entiteitId: bestaand.id,
      actie: "beantwoord",
      voor: { afhandeling: bestaand.afhandeling, antwoord: bestaand.antwoord },
      na: { afhandeling: invoer.afhandeling, antwoord: invoer.antwoord },
    });
    return { ok: true };
  });
}
