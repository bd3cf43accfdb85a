import { and, eq, inArray, isNull, max, or, sql } from "drizzle-orm";
import { db, writeTransaction, type Tx } from "../../../db";
import { gemeente, lokaleKamer, mijlpaal, mijlpaalTemplate } from "../../../db/schema";
import type { FieldErrors } from "../../components/form";
import { writeAudit } from "../audit.server";
import { can, type Actor } from "../permissions";
import type { SjabloonMijlpaalInvoer } from "./formulieren";
import { actiefSjabloon } from "./kamer.server";

/**
 * The regio's mijlpaal template. A change reaches every gemeente's lokale kamer, but only the
 * mijlpalen nobody started yet (status open, nothing filled in): what a gemeente did stays its
 * history. Each touched mijlpaal gets its own audit row, so the gemeente's history shows it.
 */

type Gebruiker = Actor & { ip?: string | null };

export type SjabloonResultaat = { ok: true } | { ok: false; status: 400 | 403; errors: FieldErrors };

const GEEN_RECHT: SjabloonResultaat = { ok: false, status: 403, errors: { form: "U mag het sjabloon van deze regio niet bewerken." } };
const ONBEKEND: SjabloonResultaat = { ok: false, status: 400, errors: { form: "Deze mijlpaal staat niet (meer) in het sjabloon van deze regio." } };

export interface SjabloonRegel {
  id: number;
  titel: string;
  omschrijving: string | null;
  volgorde: number;
  /** Gemeenten that already started it: a change does not reach them. */
  gestart: number;
}

/** "Not started": open and nothing filled in. Mirrors isOngestart in mijlpaal-status.ts. */
const ongestart = and(
  eq(mijlpaal.status, "open"),
  isNull(mijlpaal.gereedOp),
  or(isNull(mijlpaal.toelichting), eq(mijlpaal.toelichting, "")),
  isNull(mijlpaal.documentUrl),
);

/** Mijlpalen of this template item in the lokale kamers of this regio (the join keeps it in the regio). */
function kamersVanRegio(regioId: number) {
  return sql`${mijlpaal.lokaleKamerId} IN (SELECT ${lokaleKamer.id} FROM ${lokaleKamer} JOIN ${gemeente} ON ${gemeente.id} = ${lokaleKamer.gemeenteId} WHERE ${gemeente.regioId} = ${regioId})`;
}

export function laadSjabloon(regioId: number): SjabloonRegel[] {
  const gestart = db
    .select({ templateId: mijlpaal.templateId, aantal: sql<number>`count(*)` })
    .from(mijlpaal)
    .innerJoin(mijlpaalTemplate, eq(mijlpaalTemplate.id, mijlpaal.templateId))
    .where(and(eq(mijlpaalTemplate.regioId, regioId), eq(mijlpaalTemplate.actief, true), sql`NOT (${ongestart})`))
    .groupBy(mijlpaal.templateId)
    .all();
  const perTemplate = new Map(gestart.map((g) => [g.templateId, g.aantal]));
  return actiefSjabloon(db, regioId).map((t) => ({ ...t, gestart: perTemplate.get(t.id) ?? 0 }));
}

/** How many gemeenten of the regio have a lokale kamer: a template change reaches (at most) these. */
export function aantalLokaleKamers(regioId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(lokaleKamer)
      .innerJoin(gemeente, eq(gemeente.id, lokaleKamer.gemeenteId))
      .where(eq(gemeente.regioId, regioId))
      .get()?.n ?? 0
  );
}

function findActief(tx: Tx, regioId: number, templateId: number) {
  return tx
    .select({ id: mijlpaalTemplate.id, titel: mijlpaalTemplate.titel, omschrijving: mijlpaalTemplate.omschrijving, volgorde: mijlpaalTemplate.volgorde })
    .from(mijlpaalTemplate)
    .where(and(eq(mijlpaalTemplate.id, templateId), eq(mijlpaalTemplate.regioId, regioId), eq(mijlpaalTemplate.actief, true)))
    .get();
}

function audit(tx: Tx, user: Gebruiker, regioId: number, entiteit: string, entiteitId: number, actie: string, voor: unknown, na: unknown) {
  writeAudit(tx, { regioId, gebruikerId: user.id, ip: user.ip, entiteit, entiteitId, actie, voor, na });
}

export function voegSjabloonMijlpaalToe(user: Gebruiker, regioId: number, invoer: SjabloonMijlpaalInvoer): SjabloonResultaat {
  if (!can(user, { recht: "lokaleKamerSjabloon.bewerken", regioId })) return GEEN_RECHT;
  return writeTransaction((tx): SjabloonResultaat => {
    const dubbel = actiefSjabloon(tx, regioId).some((t) => t.titel.toLowerCase() === invoer.sjabloonTitel.toLowerCase());
    if (dubbel) return { ok: false, status: 400, errors: { sjabloonTitel: "Het sjabloon heeft al een mijlpaal met deze titel." } };
    const volgorde =
      (tx
        .select({ v: max(mijlpaalTemplate.volgorde) })
        .from(mijlpaalTemplate)
        .where(and(eq(mijlpaalTemplate.regioId, regioId), eq(mijlpaalTemplate.actief, true)))
        .get()?.v ?? 0) + 1;
    const templateId = tx
      .insert(mijlpaalTemplate)
      .values({ regioId, titel: invoer.sjabloonTitel, omschrijving: invoer.sjabloonOmschrijving, volgorde })
      .returning({ id: mijlpaalTemplate.id })
      .get().id;
    audit(tx, user, regioId, "mijlpaal_template", templateId, "aangemaakt", null, { titel: invoer.sjabloonTitel, volgorde });

    // Every lokale kamer that exists gets it; a kamer created later takes it from the template.
    const kamers = tx
      .select({ id: lokaleKamer.id })
      .from(lokaleKamer)
      .innerJoin(gemeente, eq(gemeente.id, lokaleKamer.gemeenteId))
      .where(eq(gemeente.regioId, regioId))
      .all();
    if (kamers.length > 0) {
      const nieuw = tx
        .insert(mijlpaal)
        .values(kamers.map((k) => ({ lokaleKamerId: k.id, templateId, titel: invoer.sjabloonTitel, volgorde })))
        .returning({ id: mijlpaal.id, lokaleKamerId: mijlpaal.lokaleKamerId })
        .all();
      for (const m of nieuw) {
        audit(tx, user, regioId, "mijlpaal", m.id, "toegevoegd_via_sjabloon", null, {
          lokaleKamerId: m.lokaleKamerId,
          mijlpaal: invoer.sjabloonTitel,
        });
      }
    }
    return { ok: true };
  });
}

export function wijzigSjabloonMijlpaal(
  user: Gebruiker,
  regioId: number,
  templateId: number,
  invoer: SjabloonMijlpaalInvoer,
): SjabloonResultaat {
  if (!can(user, { recht: "lokaleKamerSjabloon.bewerken", regioId })) return GEEN_RECHT;
  return writeTransaction((tx): SjabloonResultaat => {
    const huidig = findActief(tx, regioId, templateId);
    if (!huidig) return ONBEKEND;
    const dubbel = actiefSjabloon(tx, regioId).some((t) => t.id !== templateId && t.titel.toLowerCase() === invoer.sjabloonTitel.toLowerCase());
    if (dubbel) return { ok: false, status: 400, errors: { sjabloonTitel: "Het sjabloon heeft al een mijlpaal met deze titel." } };
    if (huidig.titel === invoer.sjabloonTitel && huidig.omschrijving === invoer.sjabloonOmschrijving) return { ok: true };

    tx.update(mijlpaalTemplate)
      .set({ titel: invoer.sjabloonTitel, omschrijving: invoer.sjabloonOmschrijving })
      .where(eq(mijlpaalTemplate.id, templateId))
      .run();
    audit(
      tx, user, regioId, "mijlpaal_template", templateId, "gewijzigd",
      { titel: huidig.titel, omschrijving: huidig.omschrijving },
      { titel: invoer.sjabloonTitel, omschrijving: invoer.sjabloonOmschrijving },
    );

    if (huidig.titel !== invoer.sjabloonTitel) {
      const geraakt = tx
        .update(mijlpaal)
        .set({ titel: invoer.sjabloonTitel, version: sql`${mijlpaal.version} + 1` })
        .where(and(eq(mijlpaal.templateId, templateId), ongestart, kamersVanRegio(regioId), sql`${mijlpaal.titel} <> ${invoer.sjabloonTitel}`))
        .returning({ id: mijlpaal.id, lokaleKamerId: mijlpaal.lokaleKamerId })
        .all();
      for (const m of geraakt) {
        audit(
          tx, user, regioId, "mijlpaal", m.id, "gewijzigd_via_sjabloon",
          { lokaleKamerId: m.lokaleKamerId, mijlpaal: huidig.titel, titel: huidig.titel },
          { lokaleKamerId: m.lokaleKamerId, mijlpaal: invoer.sjabloonTitel, titel: invoer.sjabloonTitel },
        );
      }
    }
    return { ok: true };
  });
}

/** Moves one place up or down; the active template is renumbered 1..n so gaps never pile up. */
export function verplaatsSjabloonMijlpaal(
  user: Gebruiker,
  regioId: number,
  templateId: number,
  richting: "omhoog" | "omlaag",
): SjabloonResultaat {
  if (!can(user, { recht: "lokaleKamerSjabloon.bewerken", regioId })) return GEEN_RECHT;
  return writeTransaction((tx): SjabloonResultaat => {
    const lijst = actiefSjabloon(tx, regioId);
    const i = lijst.findIndex((t) => t.id === templateId);
    if (i === -1) return ONBEKEND;
    const j = richting === "omhoog" ? i - 1 : i + 1;
    if (j < 0 || j >= lijst.length) return { ok: true };
    [lijst[i], lijst[j]] = [lijst[j]!, lijst[i]!];

    const nieuweVolgorde = new Map<number, number>();
    lijst.forEach((t, index) => {
      if (t.volgorde !== index + 1) nieuweVolgorde.set(t.id, index + 1);
    });
    for (const [id, volgorde] of nieuweVolgorde) {
      tx.update(mijlpaalTemplate).set({ volgorde }).where(eq(mijlpaalTemplate.id, id)).run();
    }
    audit(tx, user, regioId, "mijlpaal_template", templateId, "verplaatst", { volgorde: i + 1 }, { volgorde: j + 1, richting });
    if (nieuweVolgorde.size === 0) return { ok: true };

    const geraakt = tx
      .select({ id: mijlpaal.id, lokaleKamerId: mijlpaal.lokaleKamerId, templateId: mijlpaal.templateId, titel: mijlpaal.titel, volgorde: mijlpaal.volgorde })
      .from(mijlpaal)
      .where(and(inArray(mijlpaal.templateId, [...nieuweVolgorde.keys()]), ongestart, kamersVanRegio(regioId)))
      .all()
      .filter((m) => m.volgorde !== nieuweVolgorde.get(m.templateId!));
    for (const [id, volgorde] of nieuweVolgorde) {
      tx.update(mijlpaal)
        .set({ volgorde, version: sql`${mijlpaal.version} + 1` })
        .where(and(eq(mijlpaal.templateId, id), ongestart, kamersVanRegio(regioId), sql`${mijlpaal.volgorde} <> ${volgorde}`))
        .run();
    }
    for (const m of geraakt) {
      const volgorde = nieuweVolgorde.get(m.templateId!)!;
      audit(
        tx, user, regioId, "mijlpaal", m.id, "gewijzigd_via_sjabloon",
        { lokaleKamerId: m.lokaleKamerId, mijlpaal: m.titel, volgorde: m.volgorde },
        { lokaleKamerId: m.lokaleKamerId, mijlpaal: m.titel, volgorde },
      );
    }
    return { ok: true };
  });
}

/**
 * Takes a mijlpaal out of the template. Gemeenten that did not start it lose it; those that did keep
 * it (with its templateId) as their own history, which is why the template row stays, inactive.
 */
export function verwijderSjabloonMijlpaal(user: Gebruiker, regioId: number, templateId: number): SjabloonResultaat {
  if (!can(user, { recht: "lokaleKamerSjabloon.bewerken", regioId })) return GEEN_RECHT;
  return writeTransaction((tx): SjabloonResultaat => {
    const huidig = findActief(tx, regioId, templateId);
    if (!huidig) return ONBEKEND;
    tx.update(mijlpaalTemplate).set({ actief: false }).where(eq(mijlpaalTemplate.id, templateId)).run();
    audit(tx, user, regioId, "mijlpaal_template", templateId, "verwijderd", { titel: huidig.titel, volgorde: huidig.volgorde }, null);

    const weg = tx
      .delete(mijlpaal)
      .where(and(eq(mijlpaal.templateId, templateId), ongestart, kamersVanRegio(regioId)))
      .returning({ id: mijlpaal.id, lokaleKamerId: mijlpaal.lokaleKamerId, titel: mijlpaal.titel })
      .all();
    for (const m of weg) {
      audit(tx, user, regioId, "mijlpaal", m.id, "verwijderd_via_sjabloon", { lokaleKamerId: m.lokaleKamerId, mijlpaal: m.titel }, null);
    }
    return { ok: true };
  });
}
