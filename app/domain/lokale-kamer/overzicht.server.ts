import { and, asc, eq } from "drizzle-orm";
import { db } from "../../../db";
import { gemeente, lokaleKamer, mijlpaal, mijlpaalTemplate, subregio, type MijlpaalStatus } from "../../../db/schema";
import { bepaalFase, type Fase } from "./fase";
import { isNogTeDoen, isTeLaat } from "./mijlpaal-status";
import { actiefSjabloon } from "./kamer.server";

/**
 * All gemeenten of a regio at a glance. A fixed number of queries whatever the number of gemeenten:
 * the gemeenten, and every mijlpaal of the regio's lokale kamers at once (ordered: the phase rule
 * reads them in order). A gemeente without a lokale kamer yet stands at the start of the template.
 */

export interface OverzichtRij {
  gemeenteId: number;
  gemeente: string;
  slug: string;
  subregio: string | null;
  gestart: boolean;
  fase: Fase;
  gereed: number;
  /** Mijlpalen that apply: niet van toepassing ones do not count. */
  totaal: number;
  teLaat: number;
  volgende: { titel: string; streefdatum: string | null; teLaat: boolean } | null;
  volgendeDatum: string | null;
}

export interface Overzicht {
  rijen: OverzichtRij[];
  subregios: { id: number; naam: string }[];
}

interface MijlpaalRij {
  gemeenteId: number;
  titel: string;
  status: MijlpaalStatus;
  streefdatum: string | null;
  templateId: number | null;
  templateActief: boolean | null;
}

export function laadOverzicht(regioId: number, vandaag: string, subregioId: number | null): Overzicht {
  const gemeenten = db
    .select({ id: gemeente.id, naam: gemeente.naam, slug: gemeente.slug, subregioId: gemeente.subregioId, subregio: subregio.naam })
    .from(gemeente)
    .leftJoin(subregio, eq(subregio.id, gemeente.subregioId))
    .where(and(eq(gemeente.regioId, regioId), subregioId === null ? undefined : eq(gemeente.subregioId, subregioId)))
    .orderBy(asc(gemeente.naam))
    .all();

  const mijlpalen: MijlpaalRij[] = db
    .select({
      gemeenteId: lokaleKamer.gemeenteId,
      titel: mijlpaal.titel,
      status: mijlpaal.status,
      streefdatum: mijlpaal.streefdatum,
      templateId: mijlpaal.templateId,
      templateActief: mijlpaalTemplate.actief,
    })
    .from(mijlpaal)
    .innerJoin(lokaleKamer, eq(lokaleKamer.id, mijlpaal.lokaleKamerId))
    .innerJoin(gemeente, eq(gemeente.id, lokaleKamer.gemeenteId))
    .leftJoin(mijlpaalTemplate, eq(mijlpaalTemplate.id, mijlpaal.templateId))
    .where(and(eq(gemeente.regioId, regioId), subregioId === null ? undefined : eq(gemeente.subregioId, subregioId)))
    .orderBy(asc(lokaleKamer.gemeenteId), asc(mijlpaal.volgorde), asc(mijlpaal.id))
    .all();

  const perGemeente = new Map<number, MijlpaalRij[]>();
  for (const m of mijlpalen) {
    const lijst = perGemeente.get(m.gemeenteId);
    if (lijst) lijst.push(m);
    else perGemeente.set(m.gemeenteId, [m]);
  }
  const sjabloon = actiefSjabloon(db, regioId);

  const rijen = gemeenten.map((g): OverzichtRij => {
    const eigen = perGemeente.get(g.id);
    const lijst: MijlpaalRij[] =
      eigen ??
      sjabloon.map((t) => ({ gemeenteId: g.id, titel: t.titel, status: "open", streefdatum: null, templateId: t.id, templateActief: true }));
    const volgende = lijst.find((m) => isNogTeDoen(m.status)) ?? null;
    return {
      gemeenteId: g.id,
      gemeente: g.naam,
      slug: g.slug,
      subregio: g.subregio,
      gestart: eigen !== undefined,
      fase: bepaalFase(lijst.map((m) => ({ status: m.status, templateId: m.templateActief ? m.templateId : null }))),
      gereed: lijst.filter((m) => m.status === "gereed").length,
      totaal: lijst.filter((m) => m.status !== "nvt").length,
      teLaat: lijst.filter((m) => isTeLaat(m, vandaag)).length,
      volgende: volgende && { titel: volgende.titel, streefdatum: volgende.streefdatum, teLaat: isTeLaat(volgende, vandaag) },
      volgendeDatum: volgende?.streefdatum ?? null,
    };
  });

  const subregios = db
    .select({ id: subregio.id, naam: subregio.naam })
    .from(subregio)
    .where(eq(subregio.regioId, regioId))
    .orderBy(asc(subregio.naam))
    .all();
  return { rijen, subregios };
}
