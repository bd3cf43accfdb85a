import { and, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "../../../db";
import { actie, gemeente, organisatie, regiovisie, uitvoeringsplan, voortgang } from "../../../db/schema";
import type { Sessiegebruiker } from "../../auth/current-user.server";
import type { RegioContext } from "../../auth/guards.server";
import { vandaag as vandaagInNederland } from "../format";
import { can, rolIn } from "../permissions";
import { beoordeel, kiesLopendePlannen, sorteerOpUrgentie } from "./mijn-acties-urgentie";

export type MijnActiesSoort = "coordinator" | "gemeente" | "partner" | "overig";

const COORDINEREND = ["beheerder", "regiocoordinator"];
const GEMEENTELIJK = ["gemeente", "procesregisseur"];

function lopendePlannen(regioId: number, huidigJaar: number) {
  const plannen = db
    .select({ id: uitvoeringsplan.id, jaar: uitvoeringsplan.jaar })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(eq(regiovisie.regioId, regioId))
    .orderBy(desc(uitvoeringsplan.jaar))
    .all();
  const ids = kiesLopendePlannen(plannen, huidigJaar);
  return plannen.filter((p) => ids.includes(p.id));
}

const lokaleGemeente = alias(gemeente, "lokale_gemeente");
const trekkerGemeente = alias(gemeente, "trekker_gemeente");

/**
 * The acties of the running plans that the user owns or may update, most urgent first, in two
 * queries. Coordinators may update everything; for them this lists only what they own.
 * A lezer may update nothing: null.
 */
export function laadMijnActies(user: Sessiegebruiker, regio: RegioContext, nu = new Date()) {
  const rol = rolIn(user, regio.id);
  if (!rol || rol.rol === "lezer") return null;

  const vandaag = vandaagInNederland(nu);
  const plannen = lopendePlannen(regio.id, Number(vandaag.slice(0, 4)));
  const soort: MijnActiesSoort = COORDINEREND.includes(rol.rol)
    ? "coordinator"
    : GEMEENTELIJK.includes(rol.rol)
      ? "gemeente"
      : rol.rol === "partner"
        ? "partner"
        : "overig";

  const wie: SQL[] = [eq(actie.eigenaarId, user.id)];
  if (soort === "gemeente" && rol.gemeenteId !== null) {
    wie.push(eq(actie.gemeenteId, rol.gemeenteId), eq(actie.trekkerGemeenteId, rol.gemeenteId));
  }
  if (soort === "partner" && rol.organisatieId !== null) wie.push(eq(actie.trekkerOrganisatieId, rol.organisatieId));

  const rijen =
    plannen.length === 0
      ? []
      : db
          .select({
            id: actie.id,
            planJaar: uitvoeringsplan.jaar,
            code: actie.code,
            titel: actie.titel,
            niveau: actie.niveau,
            gemeenteId: actie.gemeenteId,
            gemeente: lokaleGemeente.naam,
            eigenaarId: actie.eigenaarId,
            trekkerGemeenteId: actie.trekkerGemeenteId,
            trekkerOrganisatieId: actie.trekkerOrganisatieId,
            trekker: sql<string | null>`coalesce(${trekkerGemeente.naam}, ${organisatie.naam})`,
            deadline: actie.deadline,
            status: actie.status,
            aangemaaktOp: actie.aangemaaktOp,
            laatsteVoortgang: sql<string | null>`(select max(${voortgang.datum}) from ${voortgang} where ${voortgang.actieId} = ${actie.id})`,
          })
          .from(actie)
          .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
          .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
          .leftJoin(lokaleGemeente, eq(lokaleGemeente.id, actie.gemeenteId))
          .leftJoin(trekkerGemeente, eq(trekkerGemeente.id, actie.trekkerGemeenteId))
          .leftJoin(organisatie, eq(organisatie.id, actie.trekkerOrganisatieId))
          .where(and(eq(regiovisie.regioId, regio.id), inArray(actie.planId, plannen.map((p) => p.id)), or(...wie)))
          .all();

  // The SQL narrows by role; the permission module has the last word on every row.
  const acties = rijen
    .filter((r) => can(user, { recht: "voortgang.plaatsen", actie: { ...r, regioId: regio.id } }))
    .map((r) => ({
      id: r.id,
      planJaar: r.planJaar,
      code: r.code,
      titel: r.titel,
      niveau: r.niveau,
      gemeente: r.gemeente,
      trekker: r.trekker,
      isEigenaar: r.eigenaarId === user.id,
      deadline: r.deadline,
      status: r.status,
      aangemaaktOp: r.aangemaaktOp,
      laatsteVoortgang: r.laatsteVoortgang,
      ...beoordeel(r, regio.nietBijgewerktWeken, vandaag),
    }));

  return {
    soort,
    acties: sorteerOpUrgentie(acties),
    planJaren: plannen.map((p) => p.jaar).sort((a, b) => a - b),
  };
}

export type MijnActies = NonNullable<ReturnType<typeof laadMijnActies>>;
export type MijnActie = MijnActies["acties"][number];
