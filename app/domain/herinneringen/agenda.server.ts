import { and, eq, ne, or, sql } from "drizzle-orm";
import ical, { type ICalCalendar } from "ical-generator";
import { db } from "../../../db";
import { actie, actieUitvoering, gebruiker, gemeente, regio, regiovisie, uitvoeringsplan } from "../../../db/schema";
import { loadRollen } from "../../auth/current-user.server";
import { publicOrigin } from "../../config.server";
import { vandaag } from "../format";
import { can } from "../permissions";
import { STATUS_LABELS } from "../status";
import { actieLink } from "./digest-mail";
import { hashAgendaToken } from "./agenda-link.server";

/** The owner of a feed token, or null: unknown token or an inactive account look the same. */
function eigenaarVan(token: string) {
  const row = db
    .select({ id: gebruiker.id, actief: gebruiker.actief })
    .from(gebruiker)
    .where(eq(gebruiker.agendaTokenHash, hashAgendaToken(token)))
    .get();
  return row?.actief ? row : null;
}

/**
 * The deadlines of a person's acties (and per-gemeente uitvoeringen they own) in this year's and
 * next year's plans, in one query. Vervallen acties have no deadline left to keep.
 */
function deadlines(gebruikerId: number, huidigJaar: number) {
  return db
    .select({
      id: actie.id,
      code: actie.code,
      titel: actie.titel,
      deadline: actie.deadline,
      isEigenaar: sql<number>`${actie.eigenaarId} = ${gebruikerId}`,
      actieStatus: actie.status,
      uitvoeringStatus: actieUitvoering.status,
      gemeente: gemeente.naam,
      planJaar: uitvoeringsplan.jaar,
      regioId: regio.id,
      regioSlug: regio.slug,
      regioNaam: regio.naam,
    })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .innerJoin(regio, eq(regio.id, regiovisie.regioId))
    .leftJoin(
      actieUitvoering,
      and(
        eq(actieUitvoering.actieId, actie.id),
        eq(actieUitvoering.eigenaarId, gebruikerId),
        eq(actie.uitvoeringPerGemeente, true),
      ),
    )
    .leftJoin(gemeente, and(eq(gemeente.id, actieUitvoering.gemeenteId), eq(gemeente.regioId, regio.id)))
    .where(
      and(
        sql`${uitvoeringsplan.jaar} between ${huidigJaar} and ${huidigJaar + 1}`,
        or(eq(actie.eigenaarId, gebruikerId), sql`${actieUitvoering.id} is not null`),
        ne(actie.status, "vervallen"),
      ),
    )
    .orderBy(actie.deadline, actie.code)
    .all();
}

/**
 * The calendar of a secret feed token, or null when the token is unknown or its owner inactive.
 * A GET on the feed changes nothing; it lists only acties of regio's the owner may see.
 */
export function agendaVoorToken(token: string, now = new Date()): ICalCalendar | null {
  const eigenaar = eigenaarVan(token);
  if (!eigenaar) return null;
  const actor = { id: eigenaar.id, rollen: loadRollen(eigenaar.id) };
  const origin = publicOrigin();
  const host = new URL(origin).host;

  const kalender = ical({
    name: "Mijn deadlines — Regiovisie Uitvoeringsplan",
    prodId: { company: "Regiovisie Uitvoeringsplan", product: "Deadlines", language: "NL" },
    // Calendar apps poll; ask them not to more than every few hours.
    ttl: 4 * 60 * 60,
  });
  const gezien = new Set<number>();
  for (const rij of deadlines(eigenaar.id, Number(vandaag(now).slice(0, 4)))) {
    if (gezien.has(rij.id) || !can(actor, { recht: "regio.bekijken", regioId: rij.regioId })) continue;
    gezien.add(rij.id);
    const link = actieLink(origin, { regioSlug: rij.regioSlug, actieId: rij.id });
    const status =
      !rij.isEigenaar && rij.uitvoeringStatus && rij.gemeente
        ? `Status uitvoering ${rij.gemeente}: ${STATUS_LABELS[rij.uitvoeringStatus]}`
        : `Status: ${STATUS_LABELS[rij.actieStatus]}`;
    kalender.createEvent({
      id: `actie-${rij.id}@${host}`,
      // Noon UTC is the same calendar day in every time zone a user of ours is in.
      start: new Date(`${rij.deadline}T12:00:00Z`),
      allDay: true,
      stamp: now,
      summary: `Deadline: ${rij.code} ${rij.titel}`,
      description: `${status}\n${rij.regioNaam}, uitvoeringsplan ${rij.planJaar}\n${link}`,
      url: link,
    });
  }
  return kalender;
}
