import { eq } from "drizzle-orm";
import { hashPassword } from "../app/auth/password.server";
import type { Db, Tx } from "./index";
import {
  actie,
  actieDoelstelling,
  actiePartner,
  actielijn,
  audit,
  doelstelling,
  type ActieStatus,
  type Financiering,
  gebruiker,
  gemeente,
  lidmaatschap,
  organisatie,
  regio,
  regiovisie,
  subregio,
  uitgangspunt,
  uitvoeringsplan,
  voortgang,
} from "./schema";
import { seedActualisatie } from "./seed-data/actualisatie";
import { seedAdviezen } from "./seed-data/adviezen";
import { DEMO_ACCOUNT_SEEDS, type DemoEmail } from "./seed-data/demo-accounts";
import { HM_ACTIES, HM_PLANNEN, type Betrokkene } from "./seed-data/hollands-midden-acties";
import { seedLokaleKamers } from "./seed-data/lokale-kamer";
import {
  HAAGLANDEN_ORGANISATIES,
  HOLLANDS_MIDDEN_SOORTEN,
  type OrganisatieSeed,
  ZUID_HOLLAND_ZUID_ORGANISATIES,
} from "./seed-data/organisaties";
import { REGIO_FEITEN, regioFeiten, type RegioFeiten } from "./seed-data/regiovisies";
import { visieSeed } from "./seed-data/visies";
import { insertUitvoeringPerGemeente } from "./seed-data/uitvoering";
import { STANDAARD_TOELICHTING, STANDAARD_UITLEG, type VoortgangSeed } from "./seed-data/voortgang";
import {
  EINDE_PLANJAAR,
  TERMIJN_ZONDER_DATUM,
  ZHZ_PLAN,
  ZHZ_UITWERKING,
} from "./seed-data/zuid-holland-zuid-plan";

export interface DemoAccount {
  email: string;
  naam: string;
  omschrijving: string;
}

export const DEMO_ACCOUNTS_INFO: DemoAccount[] = DEMO_ACCOUNT_SEEDS.map(
  ({ email, naam, omschrijving }) => ({
    email,
    naam,
    omschrijving,
  }),
);

/**
 * Loads the demo regio's, accounts, visies and plans into an empty database, all in one transaction.
 * Does nothing when any regio exists; the account list is returned either way so it can be printed.
 */
export async function seedDemo(
  database: Db,
  options: { password: string },
): Promise<{ seeded: boolean; accounts: DemoAccount[] }> {
  const accounts = DEMO_ACCOUNTS_INFO;
  if (heeftRegio(database)) return { seeded: false, accounts };

  // argon2 is async and slow, so hash before taking the write lock; one hash per account keeps salts unique.
  const hashes = await Promise.all(DEMO_ACCOUNT_SEEDS.map(() => hashPassword(options.password)));

  const seeded = database.transaction(
    (tx) => {
      // Another process may have seeded while we were hashing.
      if (heeftRegio(tx)) return false;
      vulDemo(tx, hashes);
      return true;
    },
    { behavior: "immediate" },
  );
  return { seeded, accounts };
}

function heeftRegio(q: Db | Tx): boolean {
  return q.select({ id: regio.id }).from(regio).limit(1).get() !== undefined;
}

// ---------------------------------------------------------------------------------------------

interface RegioRefs {
  id: number;
  slug: string;
  gemeenten: Map<string, number>;
  organisaties: Map<string, number>;
}

type Gebruikers = Map<DemoEmail, number>;

function vulDemo(tx: Tx, hashes: string[]) {
  const regios = new Map(REGIO_FEITEN.map((feiten) => [feiten.slug, insertRegio(tx, feiten)]));
  const gebruikers = insertAccounts(tx, regios, hashes);
  const kiezer = new TekstKiezer();

  const doelstellingenHm = insertVisie(tx, vind(regios, "hollands-midden"));
  insertVisie(tx, vind(regios, "haaglanden"));
  const doelstellingenZhz = insertVisie(tx, vind(regios, "zuid-holland-zuid"));

  insertHollandsMiddenPlannen(
    tx,
    vind(regios, "hollands-midden"),
    doelstellingenHm,
    gebruikers,
    kiezer,
  );
  insertZuidHollandZuidPlan(
    tx,
    vind(regios, "zuid-holland-zuid"),
    doelstellingenZhz,
    gebruikers,
    kiezer,
  );

  seedLokaleKamers(tx);
  seedActualisatie(tx);
  seedAdviezen(tx);

  insertUitvoeringPerGemeente(tx);

  for (const refs of regios.values()) {
    tx.insert(audit)
      .values({
        regioId: refs.id,
        entiteit: "regio",
        entiteitId: String(refs.id),
        actie: "demo_geladen",
        na: { slug: refs.slug },
      })
      .run();
  }
}

function vind<K, V>(map: Map<K, V>, sleutel: K): V {
  const waarde = map.get(sleutel);
  if (waarde === undefined) throw new Error(`Seed verwijst naar onbekende "${String(sleutel)}"`);
  return waarde;
}

/** "Alphen aan den Rijn" → "alphen-aan-den-rijn"; "Kaag en Braassem" → "kaag-en-braassem". */
export function gemeenteSlug(naam: string): string {
  return naam
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, "-");
}

// ---------------------------------------------------------------------------------------------
// Regio's, gemeenten, organisaties

function insertRegio(tx: Tx, feiten: RegioFeiten): RegioRefs {
  const regioId = tx
    .insert(regio)
    .values({ slug: feiten.slug, naam: feiten.naam, isDemo: true })
    .returning({ id: regio.id })
    .get().id;

  const subregios = new Map<string, number>();
  for (const sub of feiten.subregios ?? []) {
    const id = tx
      .insert(subregio)
      .values({ regioId, naam: sub.naam })
      .returning({ id: subregio.id })
      .get().id;
    subregios.set(sub.naam, id);
  }

  const gemeenten = new Map<string, number>();
  for (const g of feiten.gemeenten) {
    const naam = typeof g === "string" ? g : g.naam;
    const isCentrumgemeente =
      (typeof g !== "string" && g.centrumgemeente === true) ||
      (feiten.centrumgemeenten ?? []).includes(naam);
    const subregioId = typeof g === "string" ? null : vind(subregios, g.subregio);
    const id = tx
      .insert(gemeente)
      .values({ regioId, subregioId, naam, slug: gemeenteSlug(naam), isCentrumgemeente })
      .returning({ id: gemeente.id })
      .get().id;
    gemeenten.set(naam, id);
  }

  // The centrumgemeente row needs the subregio first, so the subregio is completed afterwards.
  for (const sub of feiten.subregios ?? []) {
    tx.update(subregio)
      .set({ centrumgemeenteId: vind(gemeenten, sub.centrumgemeente) })
      .where(eq(subregio.id, vind(subregios, sub.naam)))
      .run();
  }

  const organisaties = new Map<string, number>();
  for (const org of organisatiesVan(feiten)) {
    const id = tx
      .insert(organisatie)
      .values({ regioId, naam: org.naam, soort: org.soort })
      .returning({ id: organisatie.id })
      .get().id;
    organisaties.set(org.naam, id);
  }

  return { id: regioId, slug: feiten.slug, gemeenten, organisaties };
}

function organisatiesVan(feiten: RegioFeiten): OrganisatieSeed[] {
  if (feiten.ketenpartners) {
    return feiten.ketenpartners.map((naam) => ({
      naam,
      soort: HOLLANDS_MIDDEN_SOORTEN[naam] ?? "overig",
    }));
  }
  if (feiten.slug === "haaglanden") return HAAGLANDEN_ORGANISATIES;
  if (feiten.slug === "zuid-holland-zuid") return ZUID_HOLLAND_ZUID_ORGANISATIES;
  return [];
}

// ---------------------------------------------------------------------------------------------
// Accounts

function insertAccounts(tx: Tx, regios: Map<string, RegioRefs>, hashes: string[]): Gebruikers {
  const gebruikers: Gebruikers = new Map();
  DEMO_ACCOUNT_SEEDS.forEach((account, i) => {
    const gebruikerId = tx
      .insert(gebruiker)
      .values({ email: account.email, naam: account.naam, passwordHash: hashes[i], actief: true })
      .returning({ id: gebruiker.id })
      .get().id;
    gebruikers.set(account.email, gebruikerId);

    const refs = "regio" in account ? vind(regios, account.regio) : undefined;
    tx.insert(lidmaatschap)
      .values({
        gebruikerId,
        regioId: refs?.id ?? null,
        rol: account.rol,
        gemeenteId: refs && "gemeente" in account ? vind(refs.gemeenten, account.gemeente) : null,
        organisatieId:
          refs && "organisatie" in account ? vind(refs.organisaties, account.organisatie) : null,
      })
      .run();
  });
  return gebruikers;
}

// ---------------------------------------------------------------------------------------------
// Visie

interface VisieRefs {
  visieId: number;
  /** Doelstelling id per code ("1.2"). */
  doelstellingen: Map<string, number>;
}

function insertVisie(tx: Tx, refs: RegioRefs): VisieRefs {
  const seed = visieSeed(refs.slug);
  const visieId = tx
    .insert(regiovisie)
    .values({
      regioId: refs.id,
      titel: seed.titel,
      periodeStart: seed.periodeStart,
      periodeEind: seed.periodeEind,
      centraleAmbitie: seed.centraleAmbitie,
      vorige: seed.vorige ?? null,
    })
    .returning({ id: regiovisie.id })
    .get().id;

  seed.uitgangspunten.forEach((tekst, i) => {
    tx.insert(uitgangspunt)
      .values({ visieId, tekst, volgorde: i + 1 })
      .run();
  });

  const doelstellingen = new Map<string, number>();
  seed.actielijnen.forEach((lijn, i) => {
    const actielijnId = tx
      .insert(actielijn)
      .values({
        visieId,
        code: lijn.code,
        titel: lijn.titel,
        omschrijving: lijn.omschrijving ?? null,
        volgorde: i + 1,
      })
      .returning({ id: actielijn.id })
      .get().id;
    lijn.doelstellingen.forEach((d, j) => {
      const id = tx
        .insert(doelstelling)
        .values({ actielijnId, code: d.code, tekst: d.tekst, volgorde: j + 1 })
        .returning({ id: doelstelling.id })
        .get().id;
      doelstellingen.set(d.code, id);
    });
  });
  return { visieId, doelstellingen };
}

// ---------------------------------------------------------------------------------------------
// Plannen

interface PlanInput {
  visieId: number;
  jaar: number;
  status: "concept" | "vastgesteld";
  vastgesteldOp?: string;
  vastgesteldDoorId?: number;
  besluit?: string;
  vorigPlanId?: number;
}

function insertPlan(tx: Tx, plan: PlanInput): number {
  return tx
    .insert(uitvoeringsplan)
    .values({
      visieId: plan.visieId,
      jaar: plan.jaar,
      status: plan.status,
      vastgesteldOp: plan.vastgesteldOp ?? null,
      vastgesteldDoorId: plan.vastgesteldDoorId ?? null,
      besluit: plan.besluit ?? null,
      vorigPlanId: plan.vorigPlanId ?? null,
    })
    .returning({ id: uitvoeringsplan.id })
    .get().id;
}

function insertHollandsMiddenPlannen(
  tx: Tx,
  refs: RegioRefs,
  visie: VisieRefs,
  gebruikers: Gebruikers,
  kiezer: TekstKiezer,
) {
  const coordinatorLeiden = vind(gebruikers, "coordinator@leiden.example");
  let vorigPlanId: number | undefined;
  // Actie id per sleutel in the previous year's plan, for herkomst.
  let vorigJaar = new Map<string, { id: number; status: ActieStatus }>();

  for (const plan of HM_PLANNEN) {
    const planId = insertPlan(tx, {
      visieId: visie.visieId,
      jaar: plan.jaar,
      status: plan.status,
      vastgesteldOp: plan.vastgesteldOp,
      vastgesteldDoorId: plan.status === "vastgesteld" ? coordinatorLeiden : undefined,
      besluit: plan.besluit,
      vorigPlanId,
    });

    const ditJaar = new Map<string, { id: number; status: ActieStatus }>();
    const volgnummers = new Map<string, number>();
    for (const seed of HM_ACTIES) {
      const jaarSeed = seed.jaren[plan.jaar];
      if (!jaarSeed) continue;
      controleerVerloop(seed.sleutel, plan.jaar, jaarSeed.verloop);

      const vorige = vorigJaar.get(seed.sleutel);
      const isDoorgeschoven =
        vorige && vorige.status !== "afgerond" && vorige.status !== "vervallen";
      const eigenaarId = vind(gebruikers, seed.eigenaar);

      const toegevoegd = insertActie(tx, kiezer, gebruikers, {
        planId,
        planJaar: plan.jaar,
        code: actieCode(seed.doelstellingen[0], volgnummers),
        titel: seed.titel,
        omschrijving: seed.omschrijving,
        gemeenteId: seed.gemeente ? vind(refs.gemeenten, seed.gemeente) : null,
        eigenaarId,
        trekker: betrokkeneIds(refs, seed.trekker),
        partners: (seed.partners ?? []).map((p) => betrokkeneIds(refs, p)),
        deadline: jaarSeed.deadline,
        beoogdResultaat: seed.beoogdResultaat,
        indicator: null,
        financiering: seed.financiering ?? null,
        bedragCenten: seed.bedragCenten ?? null,
        herkomstActieId: isDoorgeschoven ? vorige.id : null,
        doelstellingIds: seed.doelstellingen.map((code) => vind(visie.doelstellingen, code)),
        verloop: jaarSeed.verloop,
      });
      ditJaar.set(seed.sleutel, toegevoegd);
    }
    vorigPlanId = planId;
    vorigJaar = ditJaar;
  }
}

function insertZuidHollandZuidPlan(
  tx: Tx,
  refs: RegioRefs,
  visie: VisieRefs,
  gebruikers: Gebruikers,
  kiezer: TekstKiezer,
) {
  const eigenaarId = vind(gebruikers, ZHZ_PLAN.eigenaar);
  const planId = insertPlan(tx, {
    visieId: visie.visieId,
    jaar: ZHZ_PLAN.jaar,
    status: "vastgesteld",
    vastgesteldOp: ZHZ_PLAN.vastgesteldOp,
    vastgesteldDoorId: eigenaarId,
    besluit: ZHZ_PLAN.besluit,
  });
  const trekker = {
    gemeenteId: vind(refs.gemeenten, ZHZ_PLAN.trekkerGemeente),
    organisatieId: null,
  };

  const volgnummers = new Map<string, number>();
  for (const lijn of regioFeiten(refs.slug).visie.actielijnen ?? []) {
    for (const uitVisie of lijn.acties_uit_visie ?? []) {
      const uitwerking = ZHZ_UITWERKING[uitVisie.titel];
      if (!uitwerking) throw new Error(`Geen uitwerking voor ZHZ-actie "${uitVisie.titel}"`);
      controleerVerloop(uitVisie.titel, ZHZ_PLAN.jaar, uitwerking.verloop);
      const heeftDatum = !TERMIJN_ZONDER_DATUM.includes(uitVisie.deadline);
      insertActie(tx, kiezer, gebruikers, {
        planId,
        planJaar: ZHZ_PLAN.jaar,
        code: actieCode(uitwerking.doelstelling, volgnummers),
        titel: uitVisie.titel,
        omschrijving: heeftDatum
          ? `Actie uit de regiovisie (actielijn ${lijn.code} ${lijn.titel}).`
          : `Actie uit de regiovisie (actielijn ${lijn.code} ${lijn.titel}). Termijn in de regiovisie: ${uitVisie.deadline}.`,
        gemeenteId: null,
        eigenaarId,
        trekker,
        partners: [],
        deadline: heeftDatum ? uitVisie.deadline : EINDE_PLANJAAR,
        beoogdResultaat: null,
        indicator: uitVisie.indicator ?? null,
        financiering: null,
        bedragCenten: null,
        herkomstActieId: null,
        doelstellingIds: [vind(visie.doelstellingen, uitwerking.doelstelling)],
        verloop: uitwerking.verloop,
      });
    }
  }
}

/** "1.2" → "1.2-01", "1.2-02", ... per plan. */
function actieCode(doelstellingCode: string, volgnummers: Map<string, number>): string {
  const volgnummer = (volgnummers.get(doelstellingCode) ?? 0) + 1;
  volgnummers.set(doelstellingCode, volgnummer);
  return `${doelstellingCode}-${String(volgnummer).padStart(2, "0")}`;
}

interface BetrokkeneIds {
  gemeenteId: number | null;
  organisatieId: number | null;
}

function betrokkeneIds(refs: RegioRefs, b: Betrokkene): BetrokkeneIds {
  return "gemeente" in b
    ? { gemeenteId: vind(refs.gemeenten, b.gemeente), organisatieId: null }
    : { gemeenteId: null, organisatieId: vind(refs.organisaties, b.organisatie) };
}

/** Seed data mistakes should fail loudly: voortgang must be chronological and within the plan year. */
function controleerVerloop(naam: string, planJaar: number, verloop: VoortgangSeed[]) {
  let vorige = "";
  for (const stap of verloop) {
    if (!stap.datum.startsWith(`${planJaar}-`)) {
      throw new Error(
        `Voortgang van "${naam}" (${planJaar}) valt buiten het planjaar: ${stap.datum}`,
      );
    }
    if (stap.datum < vorige)
      throw new Error(`Voortgang van "${naam}" (${planJaar}) is niet chronologisch`);
    vorige = stap.datum;
  }
}

// ---------------------------------------------------------------------------------------------
// Acties and voortgang

interface ActieInput {
  planId: number;
  planJaar: number;
  code: string;
  titel: string;
  omschrijving: string;
  gemeenteId: number | null;
  eigenaarId: number;
  trekker: BetrokkeneIds;
  partners: BetrokkeneIds[];
  deadline: string;
  beoogdResultaat: string | null;
  indicator: string | null;
  financiering: Financiering | null;
  bedragCenten: number | null;
  herkomstActieId: number | null;
  doelstellingIds: number[];
  verloop: VoortgangSeed[];
}

/** Inserts one actie with its links and voortgang; the status is where its voortgang ends. */
function insertActie(
  tx: Tx,
  kiezer: TekstKiezer,
  gebruikers: Gebruikers,
  input: ActieInput,
): { id: number; status: ActieStatus } {
  const status: ActieStatus = input.verloop.at(-1)?.naar ?? "niet_gestart";
  const aangemaaktOp = `${input.planJaar - 1}-11-15T09:00:00.000Z`;
  const laatsteDatum = input.verloop.at(-1)?.datum;

  const actieId = tx
    .insert(actie)
    .values({
      planId: input.planId,
      code: input.code,
      titel: input.titel,
      omschrijving: input.omschrijving,
      niveau: input.gemeenteId === null ? "regionaal" : "lokaal",
      gemeenteId: input.gemeenteId,
      eigenaarId: input.eigenaarId,
      trekkerGemeenteId: input.trekker.gemeenteId,
      trekkerOrganisatieId: input.trekker.organisatieId,
      deadline: input.deadline,
      status,
      beoogdResultaat: input.beoogdResultaat,
      indicator: input.indicator,
      financiering: input.financiering,
      bedragCenten: input.bedragCenten,
      herkomstActieId: input.herkomstActieId,
      version: 1,
      aangemaaktOp,
      gewijzigdOp: laatsteDatum ? tijdstipOp(laatsteDatum) : aangemaaktOp,
    })
    .returning({ id: actie.id })
    .get().id;

  for (const doelstellingId of input.doelstellingIds) {
    tx.insert(actieDoelstelling).values({ actieId, doelstellingId }).run();
  }
  for (const partner of input.partners) {
    tx.insert(actiePartner)
      .values({ actieId, ...partner })
      .run();
  }

  let statusVan: ActieStatus = "niet_gestart";
  for (const stap of input.verloop) {
    const uitleg = heeftUitlegNodig(stap.naar) ? kiezer.uitleg(stap.naar) : undefined;
    tx.insert(voortgang)
      .values({
        actieId,
        auteurId: stap.door ? vind(gebruikers, stap.door) : input.eigenaarId,
        datum: stap.datum,
        statusVan,
        statusNaar: stap.naar,
        toelichting:
          stap.toelichting ?? uitleg?.toelichting ?? kiezer.toelichting(statusVan, stap.naar),
        oorzaak: stap.oorzaak ?? uitleg?.oorzaak ?? null,
        gevolg: stap.gevolg ?? uitleg?.gevolg ?? null,
        bijsturing: stap.bijsturing ?? uitleg?.bijsturing ?? null,
        idempotencyKey: null,
        aangemaaktOp: tijdstipOp(stap.datum),
      })
      .run();
    statusVan = stap.naar;
  }
  return { id: actieId, status };
}

function heeftUitlegNodig(status: ActieStatus): status is "aandacht" | "vertraagd" | "vervallen" {
  return status === "aandacht" || status === "vertraagd" || status === "vervallen";
}

function tijdstipOp(datum: string): string {
  return `${datum}T10:00:00.000Z`;
}

/** Hands out the standard texts in turn, so the seed stays deterministic without repeating itself. */
class TekstKiezer {
  private readonly tellers = new Map<string, number>();

  private volgende<T>(soort: string, lijst: T[]): T {
    const n = this.tellers.get(soort) ?? 0;
    this.tellers.set(soort, n + 1);
    return lijst[n % lijst.length]!;
  }

  toelichting(van: ActieStatus, naar: ActieStatus): string {
    if (naar === "afgerond") return this.volgende("afgerond", STANDAARD_TOELICHTING.afgerond);
    if (van === "niet_gestart") return this.volgende("start", STANDAARD_TOELICHTING.start);
    if (van === "aandacht" || van === "vertraagd")
      return this.volgende("herstel", STANDAARD_TOELICHTING.herstel);
    return this.volgende("op_schema", STANDAARD_TOELICHTING.op_schema);
  }

  uitleg(naar: "aandacht" | "vertraagd" | "vervallen") {
    return this.volgende(naar, STANDAARD_UITLEG[naar]);
  }
}
