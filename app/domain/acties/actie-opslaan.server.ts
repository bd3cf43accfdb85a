import { and, asc, eq, gt, like, ne, sql } from "drizzle-orm";
import { writeTransaction, type Db, type Tx } from "../../../db";
import {
  actie,
  actieDoelstelling,
  actiePartner,
  actielijn,
  audit,
  besluit,
  doelstelling,
  gebruiker,
  gemeente,
  lidmaatschap,
  organisatie,
  regiovisie,
  uitvoeringsplan,
  voortgang,
  type PlanStatus,
} from "../../../db/schema";
import type { FieldErrors } from "../../components/form";
import { writeAudit } from "../audit.server";
import { can, type Actor } from "../permissions";
import { findActieFeiten } from "./actie-feiten.server";
import { ACTIE_INHOUD_KOLOMMEN } from "./actie-inhoud-kolommen.server";
import { leesbareWijzigingen, wijzigingenUitAudit, type Wijziging } from "./actie-detail.server";
import {
  ALLEEN_CONCEPT,
  betrokkeneWaarde,
  leesBetrokkene,
  type ActieKeuzes,
  type ActieSnapshot,
  type BewerkActieInvoer,
  type BewerkRuimte,
  type NieuweActieInvoer,
} from "./actie-schema";

/**
 * Creating, editing (including moving to other doelstellingen) and deleting acties. Each runs in
 * one immediate transaction with its audit row. Every id from the form is checked against the
 * lists of this regio, so an id of another regio is just "not one of the options".
 */

type Lezer = Db | Tx;
type Gebruiker = Actor & { ip?: string | null };

export interface Conflict {
  door: string | null;
  op: string | null;
  wijzigingen: Wijziging[];
}

export type OpslaanResultaat =
  | { ok: true; id: number; code: string }
  | { ok: false; status: 400 | 403 | 404; errors: FieldErrors }
  | { ok: false; status: 409; errors: FieldErrors; conflict: Conflict; version: number };

export interface PlanInRegio {
  id: number;
  jaar: number;
  status: PlanStatus;
  visieId: number;
}

export function findPlan(lezer: Lezer, regioId: number, jaar: number): PlanInRegio | undefined {
  return lezer
    .select({ id: uitvoeringsplan.id, jaar: uitvoeringsplan.jaar, status: uitvoeringsplan.status, visieId: uitvoeringsplan.visieId })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(regiovisie.regioId, regioId), eq(uitvoeringsplan.jaar, jaar)))
    .get();
}

/** The plan an actie of this regio belongs to, with what the permission check needs of the actie. */
export function findPlanVanActie(lezer: Lezer, regioId: number, actieId: number) {
  return lezer
    .select({
      id: uitvoeringsplan.id,
      jaar: uitvoeringsplan.jaar,
      status: uitvoeringsplan.status,
      visieId: uitvoeringsplan.visieId,
      actie: { niveau: actie.niveau, gemeenteId: actie.gemeenteId, version: actie.version },
    })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(actie.id, actieId), eq(regiovisie.regioId, regioId)))
    .get();
}

export function laadKeuzes(lezer: Lezer, regioId: number, visieId: number): ActieKeuzes {
  const doelen = lezer
    .select({
      actielijnId: actielijn.id,
      actielijnCode: actielijn.code,
      actielijnTitel: actielijn.titel,
      id: doelstelling.id,
      code: doelstelling.code,
      tekst: doelstelling.tekst,
      ingetrokken: doelstelling.ingetrokken,
    })
    .from(doelstelling)
    .innerJoin(actielijn, eq(actielijn.id, doelstelling.actielijnId))
    .innerJoin(regiovisie, eq(regiovisie.id, actielijn.visieId))
    .where(and(eq(actielijn.visieId, visieId), eq(regiovisie.regioId, regioId)))
    .orderBy(asc(actielijn.volgorde), asc(doelstelling.volgorde))
    .all();
  const actielijnen: ActieKeuzes["actielijnen"] = [];
  for (const d of doelen) {
    let lijn = actielijnen.at(-1);
    if (!lijn || lijn.id !== d.actielijnId) {
      lijn = { id: d.actielijnId, code: d.actielijnCode, titel: d.actielijnTitel, doelstellingen: [] };
      actielijnen.push(lijn);
    }
    lijn.doelstellingen.push({ id: d.id, code: d.code, tekst: d.tekst, ingetrokken: d.ingetrokken });
  }

  return {
    actielijnen,
    gebruikers: lezer
      .selectDistinct({ id: gebruiker.id, naam: gebruiker.naam })
      .from(gebruiker)
      .innerJoin(lidmaatschap, eq(lidmaatschap.gebruikerId, gebruiker.id))
      .where(and(eq(lidmaatschap.regioId, regioId), eq(gebruiker.actief, true)))
      .orderBy(asc(gebruiker.naam))
      .all(),
    gemeenten: lezer
      .select({ id: gemeente.id, naam: gemeente.naam })
      .from(gemeente)
      .where(eq(gemeente.regioId, regioId))
      .orderBy(asc(gemeente.naam))
      .all(),
    organisaties: lezer
      .select({ id: organisatie.id, naam: organisatie.naam })
      .from(organisatie)
      .where(eq(organisatie.regioId, regioId))
      .orderBy(asc(organisatie.naam))
      .all(),
  };
}

function magBewerken(user: Actor, regioId: number, doel: { niveau: "regionaal" | "lokaal"; gemeenteId: number | null }) {
  return can(user, { recht: "actie.bewerken", actie: { regioId, niveau: doel.niveau, gemeenteId: doel.gemeenteId } });
}

/** Which niveaus the user may choose: what the form offers; the server checks it again on saving. */
export function bewerkRuimte(user: Actor, regioId: number, gemeenten: { id: number }[]): BewerkRuimte {
  return {
    regionaal: magBewerken(user, regioId, { niveau: "regionaal", gemeenteId: null }),
    lokaleGemeenteIds: gemeenten.filter((g) => magBewerken(user, regioId, { niveau: "lokaal", gemeenteId: g.id })).map((g) => g.id),
  };
}

export function leesSnapshot(lezer: Lezer, actieId: number): ActieSnapshot | undefined {
  const rij = lezer
    .select(ACTIE_INHOUD_KOLOMMEN)
    .from(actie)
    .where(eq(actie.id, actieId))
    .get();
  if (!rij) return undefined;
  const doelstellingIds = lezer
    .select({ id: actieDoelstelling.doelstellingId })
    .from(actieDoelstelling)
    .where(eq(actieDoelstelling.actieId, actieId))
    .all()
    .map((d) => d.id)
    .sort((a, b) => a - b);
  const partners = lezer
    .select({ gemeenteId: actiePartner.gemeenteId, organisatieId: actiePartner.organisatieId })
    .from(actiePartner)
    .where(eq(actiePartner.actieId, actieId))
    .all()
    .map(betrokkeneWaarde)
    .sort();
  const { trekkerGemeenteId, trekkerOrganisatieId, ...velden } = rij;
  return {
    ...velden,
    doelstellingIds,
    partners,
    trekker: trekkerGemeenteId === null && trekkerOrganisatieId === null ? "" : betrokkeneWaarde({ gemeenteId: trekkerGemeenteId, organisatieId: trekkerOrganisatieId }),
  };
}

function alsSnapshot(invoer: NieuweActieInvoer, code: string): ActieSnapshot {
  return {
    code,
    titel: invoer.titel,
    omschrijving: invoer.omschrijving,
    niveau: invoer.niveau,
    gemeenteId: invoer.gemeenteId,
    doelstellingIds: [...invoer.doelstellingIds].sort((a, b) => a - b),
    eigenaarId: invoer.eigenaarId,
    trekker: invoer.trekker,
    partners: [...invoer.partners].sort(),
    deadline: invoer.deadline,
    beoogdResultaat: invoer.beoogdResultaat,
    indicator: invoer.indicator,
    financiering: invoer.financiering,
    bedragCenten: invoer.bedrag,
  };
}

/** The ids of the form must be options of this regio; an existing choice may stay (a withdrawn doelstelling). */
function controleerKeuzes(invoer: NieuweActieInvoer, keuzes: ActieKeuzes, huidig?: ActieSnapshot): FieldErrors {
  const errors: FieldErrors = {};
  const gemeenten = new Set(keuzes.gemeenten.map((g) => g.id));
  const organisaties = new Set(keuzes.organisaties.map((o) => o.id));
  const bestaat = (waarde: string) => {
    const b = leesBetrokkene(waarde);
    return b.gemeenteId !== null ? gemeenten.has(b.gemeenteId) : organisaties.has(b.organisatieId ?? -1);
  };

  if (invoer.gemeenteId !== null && !gemeenten.has(invoer.gemeenteId)) {
    errors.gemeenteId = "Kies een gemeente van deze regio.";
  }
  const doelen = new Map(keuzes.actielijnen.flatMap((l) => l.doelstellingen).map((d) => [d.id, d]));
  for (const id of invoer.doelstellingIds) {
    const doel = doelen.get(id);
    if (!doel) {
      errors.doelstellingIds = "Kies doelstellingen uit de regiovisie van dit uitvoeringsplan.";
      break;
    }
    if (doel.ingetrokken && !huidig?.doelstellingIds.includes(id)) {
      errors.doelstellingIds = `Doelstelling ${doel.code} is ingetrokken; koppel de actie aan een andere doelstelling.`;
      break;
    }
  }
  if (!keuzes.gebruikers.some((g) => g.id === invoer.eigenaarId) && huidig?.eigenaarId !== invoer.eigenaarId) {
    errors.eigenaarId = "Kies als eigenaar iemand met een rol in deze regio.";
  }
  if (!bestaat(invoer.trekker)) errors.trekker = "Kies als trekker een gemeente of organisatie van deze regio.";
  if (!invoer.partners.every(bestaat)) errors.partners = "Kies als partners alleen gemeenten en organisaties van deze regio.";
  return errors;
}

const heeftFouten = (errors: FieldErrors) => Object.keys(errors).length > 0;

function weigerNiveau(tx: Tx, user: Gebruiker, regioId: number, actieId: number | null, invoer: NieuweActieInvoer): OpslaanResultaat {
  writeAudit(tx, { regioId, gebruikerId: user.id, ip: user.ip, entiteit: "actie", entiteitId: actieId, actie: "actie.bewerken", resultaat: "geweigerd" });
  const errors: FieldErrors =
    invoer.niveau === "regionaal"
      ? { niveau: "U mag alleen lokale acties van uw eigen gemeente aanmaken of wijzigen." }
      : { gemeenteId: "U mag alleen lokale acties van uw eigen gemeente aanmaken of wijzigen." };
  return { ok: false, status: 403, errors };
}

/** "2.3" → "2.3-05" when 2.3-01 … 2.3-04 exist in the plan. */
function volgendeCode(tx: Tx, planId: number, doelstellingCode: string): string {
  const prefix = `${doelstellingCode}-`;
  const hoogste = tx
    .select({ code: actie.code })
    .from(actie)
    .where(and(eq(actie.planId, planId), like(actie.code, `${prefix}%`)))
    .all()
    .map((a) => a.code.slice(prefix.length))
    .filter((n) => /^\d+$/.test(n))
    .reduce((max, n) => Math.max(max, Number(n)), 0);
  return `${prefix}${String(hoogste + 1).padStart(2, "0")}`;
}

function schrijfKoppelingen(tx: Tx, actieId: number, s: Pick<ActieSnapshot, "doelstellingIds" | "partners">, wat: { doelen: boolean; partners: boolean }) {
  if (wat.doelen) {
    tx.delete(actieDoelstelling).where(eq(actieDoelstelling.actieId, actieId)).run();
    tx.insert(actieDoelstelling).values(s.doelstellingIds.map((doelstellingId) => ({ actieId, doelstellingId }))).run();
  }
  if (wat.partners) {
    tx.delete(actiePartner).where(eq(actiePartner.actieId, actieId)).run();
    if (s.partners.length) {
      tx.insert(actiePartner).values(s.partners.map((p) => ({ actieId, ...leesBetrokkene(p) }))).run();
    }
  }
}

function kolommen(s: ActieSnapshot) {
  const trekker = leesBetrokkene(s.trekker);
  return {
    code: s.code,
    titel: s.titel,
    omschrijving: s.omschrijving,
    niveau: s.niveau,
    gemeenteId: s.gemeenteId,
    eigenaarId: s.eigenaarId,
    trekkerGemeenteId: trekker.gemeenteId,
    trekkerOrganisatieId: trekker.organisatieId,
    deadline: s.deadline,
    beoogdResultaat: s.beoogdResultaat,
    indicator: s.indicator,
    financiering: s.financiering,
    bedragCenten: s.bedragCenten,
  };
}

export function createActie(user: Gebruiker, regioId: number, jaar: number, invoer: NieuweActieInvoer): OpslaanResultaat {
  return writeTransaction((tx): OpslaanResultaat => {
    const plan = findPlan(tx, regioId, jaar);
    if (!plan) return { ok: false, status: 404, errors: { form: "Dit uitvoeringsplan bestaat niet." } };
    if (!magBewerken(user, regioId, invoer)) return weigerNiveau(tx, user, regioId, null, invoer);

    const keuzes = laadKeuzes(tx, regioId, plan.visieId);
    const errors = controleerKeuzes(invoer, keuzes);
    if (heeftFouten(errors)) return { ok: false, status: 400, errors };

    const eersteDoel = keuzes.actielijnen.flatMap((l) => l.doelstellingen).find((d) => invoer.doelstellingIds.includes(d.id));
    const snapshot = alsSnapshot(invoer, volgendeCode(tx, plan.id, eersteDoel?.code ?? "0"));
    const { id } = tx
      .insert(actie)
      .values({ planId: plan.id, ...kolommen(snapshot), status: "niet_gestart", version: 1 })
      .returning({ id: actie.id })
      .get();
    schrijfKoppelingen(tx, id, snapshot, { doelen: true, partners: true });
    writeAudit(tx, { regioId, gebruikerId: user.id, ip: user.ip, entiteit: "actie", entiteitId: id, actie: "aangemaakt", na: { ...snapshot, status: "niet_gestart", version: 1 } });
    return { ok: true, id, code: snapshot.code };
  });
}

function verschil(voor: ActieSnapshot, na: ActieSnapshot): (keyof ActieSnapshot)[] {
  return (Object.keys(na) as (keyof ActieSnapshot)[]).filter((k) => JSON.stringify(voor[k]) !== JSON.stringify(na[k]));
}

/**
 * What others changed since the version the user started from: per field the value before the
 * first of those edits and the value now, and who made the latest edit, when.
 */
function beschrijfConflict(tx: Tx, regioId: number, actieId: number, sinds: number, huidig: ActieSnapshot): Conflict {
  const rijen = tx
    .select({ voor: audit.voor, na: audit.na, tijdstip: audit.tijdstip, door: gebruiker.naam })
    .from(audit)
    .leftJoin(gebruiker, eq(gebruiker.id, audit.gebruikerId))
    .where(
      and(
        eq(audit.regioId, regioId),
        eq(audit.entiteit, "actie"),
        eq(audit.entiteitId, String(actieId)),
        eq(audit.actie, "gewijzigd"),
        gt(sql`json_extract(${audit.na}, '$.version')`, sinds),
      ),
    )
    .orderBy(asc(audit.id))
    .all();
  const eerst = new Map<string, unknown>();
  for (const rij of rijen) {
    for (const w of wijzigingenUitAudit(rij.voor, rij.na)) if (!eerst.has(w.veld)) eerst.set(w.veld, w.van);
  }
  const ruw = [...eerst]
    .filter(([veld, van]) => JSON.stringify(van ?? null) !== JSON.stringify(huidig[veld as keyof ActieSnapshot] ?? null))
    .map(([veld, van]) => ({ veld, van, naar: huidig[veld as keyof ActieSnapshot] }));
  const laatste = rijen.at(-1);
  return { door: laatste?.door ?? null, op: laatste?.tijdstip ?? null, wijzigingen: leesbareWijzigingen(tx, regioId, [ruw])[0] };
}

export function updateActie(user: Gebruiker, regioId: number, actieId: number, invoer: BewerkActieInvoer): OpslaanResultaat {
  return writeTransaction((tx): OpslaanResultaat => {
    const feiten = findActieFeiten(tx, regioId, actieId);
    const plan = feiten && findPlanVanActie(tx, regioId, actieId);
    const huidig = feiten && leesSnapshot(tx, actieId);
    if (!feiten || !plan || !huidig) return { ok: false, status: 404, errors: { form: "Deze actie bestaat niet (meer)." } };
    if (!magBewerken(user, regioId, feiten)) {
      writeAudit(tx, { regioId, gebruikerId: user.id, ip: user.ip, entiteit: "actie", entiteitId: actieId, actie: "actie.bewerken", resultaat: "geweigerd" });
      return { ok: false, status: 403, errors: { form: "U mag deze actie niet wijzigen." } };
    }
    if (!magBewerken(user, regioId, invoer)) return weigerNiveau(tx, user, regioId, actieId, invoer);

    const errors = controleerKeuzes(invoer, laadKeuzes(tx, regioId, plan.visieId), huidig);
    const dubbel = tx
      .select({ id: actie.id })
      .from(actie)
      .where(and(eq(actie.planId, plan.id), eq(actie.code, invoer.code), ne(actie.id, actieId)))
      .get();
    if (dubbel) errors.code = "Deze code is al in gebruik in dit uitvoeringsplan.";
    if (heeftFouten(errors)) return { ok: false, status: 400, errors };

    const nieuw = alsSnapshot(invoer, invoer.code);
    const gewijzigd = verschil(huidig, nieuw);
    if (gewijzigd.length === 0) return { ok: true, id: actieId, code: huidig.code };

    const versie = invoer.version + 1;
    const { changes } = tx
      .update(actie)
      .set({ ...kolommen(nieuw), version: versie, gewijzigdOp: new Date().toISOString() })
      .where(and(eq(actie.id, actieId), eq(actie.version, invoer.version)))
      .run();
    if (changes === 0) {
      return {
        ok: false,
        status: 409,
        errors: {
          form: "Iemand anders heeft deze actie gewijzigd nadat u het formulier opende. Uw invoer is niet opgeslagen, maar staat nog in het formulier.",
        },
        conflict: beschrijfConflict(tx, regioId, actieId, invoer.version, huidig),
        version: feiten.version,
      };
    }
    schrijfKoppelingen(tx, actieId, nieuw, { doelen: gewijzigd.includes("doelstellingIds"), partners: gewijzigd.includes("partners") });
    const alleen = (s: ActieSnapshot) => Object.fromEntries(gewijzigd.map((k) => [k, s[k]]));
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "actie",
      entiteitId: actieId,
      actie: "gewijzigd",
      voor: { ...alleen(huidig), version: invoer.version },
      na: { ...alleen(nieuw), version: versie },
    });
    return { ok: true, id: actieId, code: nieuw.code };
  });
}

export type VerwijderResultaat = { ok: true; jaar: number } | { ok: false; status: 400 | 403 | 404; errors: FieldErrors };


/** Only while the plan is a concept: afterwards an actie is part of what was agreed, and is closed as vervallen. */
export function deleteActie(user: Gebruiker, regioId: number, actieId: number): VerwijderResultaat {
  return writeTransaction((tx): VerwijderResultaat => {
    const feiten = findActieFeiten(tx, regioId, actieId);
    const plan = feiten && findPlanVanActie(tx, regioId, actieId);
    const snapshot = feiten && leesSnapshot(tx, actieId);
    if (!feiten || !plan || !snapshot) return { ok: false, status: 404, errors: { form: "Deze actie bestaat niet (meer)." } };
    if (!magBewerken(user, regioId, feiten)) {
      writeAudit(tx, { regioId, gebruikerId: user.id, ip: user.ip, entiteit: "actie", entiteitId: actieId, actie: "actie.verwijderen", resultaat: "geweigerd" });
      return { ok: false, status: 403, errors: { form: "U mag deze actie niet verwijderen." } };
    }
    if (plan.status !== "concept") return { ok: false, status: 400, errors: { form: ALLEEN_CONCEPT } };

    const vervolg = tx.select({ id: actie.id }).from(actie).where(eq(actie.herkomstActieId, actieId)).get();
    const besluiten = tx.select({ id: besluit.id }).from(besluit).where(eq(besluit.actieId, actieId)).get();
    if (vervolg || besluiten) {
      return {
        ok: false,
        status: 400,
        errors: {
          form: vervolg
            ? "Deze actie wordt in een later uitvoeringsplan voortgezet en kan daarom niet worden verwijderd; zet de status op vervallen via een voortgangsupdate."
            : "Over deze actie is een besluit vastgelegd in een overleg; zet de status op vervallen via een voortgangsupdate.",
        },
      };
    }

    const updates = tx
      .select({ aantal: sql<number>`count(*)` })
      .from(voortgang)
      .where(eq(voortgang.actieId, actieId))
      .get();
    tx.delete(actie).where(and(eq(actie.id, actieId), eq(actie.planId, plan.id))).run();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "actie",
      entiteitId: actieId,
      actie: "verwijderd",
      voor: { ...snapshot, status: feiten.status, version: feiten.version, planJaar: plan.jaar, aantalVoortgang: updates?.aantal ?? 0 },
    });
    return { ok: true, jaar: plan.jaar };
  });
}
