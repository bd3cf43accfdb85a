import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  blob,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { ROLLEN, ACTIE_STATUSSEN, PLAN_STATUSSEN, FINANCIERINGEN, ORGANISATIE_SOORTEN, TOKEN_SOORTEN, ACTUALISATIE_BESLUITEN, REACTIE_AFHANDELINGEN, ADVIES_SOORTEN, ADVIESPUNT_VERWERKINGEN, MIJLPAAL_STATUSSEN } from "./enums";
export { ROLLEN, ACTIE_STATUSSEN, PLAN_STATUSSEN, FINANCIERINGEN, ORGANISATIE_SOORTEN, TOKEN_SOORTEN, ACTUALISATIE_BESLUITEN, REACTIE_AFHANDELINGEN, ADVIES_SOORTEN, ADVIESPUNT_VERWERKINGEN, MIJLPAAL_STATUSSEN } from "./enums";
export type { Rol, ActieStatus, PlanStatus, Financiering, OrganisatieSoort, TokenSoort, MijlpaalStatus } from "./enums";

// Instants are ISO-8601 UTC strings (sortable as text); calendar dates are "YYYY-MM-DD".
const tijdstip = (name: string) =>
  text(name)
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

// ---------------------------------------------------------------------------
// Tenancy: regio, subregio, gemeente, organisatie

export const regio = sqliteTable("regio", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  naam: text("naam").notNull(),
  nietBijgewerktWeken: integer("niet_bijgewerkt_weken").notNull().default(8),
  isDemo: integer("is_demo", { mode: "boolean" }).notNull().default(false),
  aangemaaktOp: tijdstip("aangemaakt_op"),
});

export const subregio = sqliteTable(
  "subregio",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    regioId: integer("regio_id")
      .notNull()
      .references(() => regio.id),
    naam: text("naam").notNull(),
    centrumgemeenteId: integer("centrumgemeente_id").references(
      (): AnySQLiteColumn => gemeente.id,
    ),
  },
  (t) => [uniqueIndex("subregio_regio_naam").on(t.regioId, t.naam)],
);

export const gemeente = sqliteTable(
  "gemeente",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    regioId: integer("regio_id")
      .notNull()
      .references(() => regio.id),
    subregioId: integer("subregio_id").references(() => subregio.id),
    naam: text("naam").notNull(),
    slug: text("slug").notNull(),
    isCentrumgemeente: integer("is_centrumgemeente", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    uniqueIndex("gemeente_regio_slug").on(t.regioId, t.slug),
    uniqueIndex("gemeente_regio_naam").on(t.regioId, t.naam),
  ],
);

export const organisatie = sqliteTable(
  "organisatie",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    regioId: integer("regio_id")
      .notNull()
      .references(() => regio.id),
    naam: text("naam").notNull(),
    soort: text("soort", { enum: ORGANISATIE_SOORTEN }).notNull().default("overig"),
  },
  (t) => [uniqueIndex("organisatie_regio_naam").on(t.regioId, t.naam)],
);

// ---------------------------------------------------------------------------
// Accounts

export const gebruiker = sqliteTable("gebruiker", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  naam: text("naam").notNull(),
  passwordHash: text("password_hash"),
  actief: integer("actief", { mode: "boolean" }).notNull().default(true),
  wachtwoordGewijzigdOp: text("wachtwoord_gewijzigd_op"),
  /** How often the reminder digest is mailed (issue 6). */
  digestFrequentie: text("digest_frequentie", { enum: ["wekelijks", "maandelijks", "nooit"] })
    .notNull()
    .default("wekelijks"),
  /** SHA-256 (hex) of the secret in the personal calendar feed URL; null = no feed. */
  agendaTokenHash: text("agenda_token_hash").unique(),
  /** TOTP secret (base32) once MFA is enrolled; pending until mfaActiefSinds is set. */
  mfaSecret: text("mfa_secret"),
  mfaActiefSinds: text("mfa_actief_sinds"),
  /** Last accepted TOTP time step, so a code cannot be used twice. */
  mfaLaatsteStap: integer("mfa_laatste_stap"),
  aangemaaktOp: tijdstip("aangemaakt_op"),
});

/** One-time MFA recovery codes; only their SHA-256 is stored. */
export const mfaHerstelcode = sqliteTable(
  "mfa_herstelcode",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    gebruikerId: integer("gebruiker_id")
      .notNull()
      .references(() => gebruiker.id, { onDelete: "cascade" }),
    hash: text("hash").notNull(),
    gebruiktOp: text("gebruikt_op"),
  },
  (t) => [index("mfa_herstelcode_gebruiker").on(t.gebruikerId)],
);

/** A role of a person in one regio; the beheerder role is not tied to a regio (regioId null). */
export const lidmaatschap = sqliteTable(
  "lidmaatschap",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    gebruikerId: integer("gebruiker_id")
      .notNull()
      .references(() => gebruiker.id, { onDelete: "cascade" }),
    regioId: integer("regio_id").references(() => regio.id),
    rol: text("rol", { enum: ROLLEN }).notNull(),
    gemeenteId: integer("gemeente_id").references(() => gemeente.id),
    organisatieId: integer("organisatie_id").references(() => organisatie.id),
  },
  (t) => [
    uniqueIndex("lidmaatschap_gebruiker_regio").on(t.gebruikerId, t.regioId),
    index("lidmaatschap_regio").on(t.regioId),
  ],
);

export const sessie = sqliteTable(
  "sessie",
  {
    id: text("id").primaryKey(),
    gebruikerId: integer("gebruiker_id")
      .notNull()
      .references(() => gebruiker.id, { onDelete: "cascade" }),
    secretHash: blob("secret_hash", { mode: "buffer" }).notNull(),
    aangemaaktOp: text("aangemaakt_op").notNull(),
    laatstGezienOp: text("laatst_gezien_op").notNull(),
    /** False while the second factor of a login with MFA is still to be given. */
    mfaVoltooid: integer("mfa_voltooid", { mode: "boolean" }).notNull().default(true),
  },
  (t) => [index("sessie_gebruiker").on(t.gebruikerId)],
);

/** Failed-login bookkeeping per key ("email:…" or "ip:…") for throttling and lockout. */
export const inlogpoging = sqliteTable("inlogpoging", {
  sleutel: text("sleutel").primaryKey(),
  mislukt: integer("mislukt").notNull().default(0),
  laatsteOp: text("laatste_op").notNull(),
  geblokkeerdTot: text("geblokkeerd_tot"),
});

/** One-time links; only the SHA-256 of the token is stored, as the id. */
export const eenmaligeLink = sqliteTable(
  "eenmalige_link",
  {
    hash: text("hash").primaryKey(),
    gebruikerId: integer("gebruiker_id")
      .notNull()
      .references(() => gebruiker.id, { onDelete: "cascade" }),
    soort: text("soort", { enum: TOKEN_SOORTEN }).notNull(),
    verlooptOp: text("verloopt_op").notNull(),
    gebruiktOp: text("gebruikt_op"),
    aangemaaktOp: tijdstip("aangemaakt_op"),
  },
  (t) => [index("eenmalige_link_gebruiker").on(t.gebruikerId)],
);

/** Mail that was not (or not yet) sent by SMTP; readable by a beheerder at /beheer/outbox. */
export const outbox = sqliteTable("outbox", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  aan: text("aan").notNull(),
  onderwerp: text("onderwerp").notNull(),
  tekst: text("tekst").notNull(),
  aangemaaktOp: tijdstip("aangemaakt_op"),
  verzondenOp: text("verzonden_op"),
  fout: text("fout"),
});

/** Append-only log of every mutation and security event (BIO log fields). */
export const audit = sqliteTable(
  "audit",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    regioId: integer("regio_id").references(() => regio.id),
    gebruikerId: integer("gebruiker_id").references(() => gebruiker.id),
    entiteit: text("entiteit").notNull(),
    entiteitId: text("entiteit_id"),
    actie: text("actie").notNull(),
    resultaat: text("resultaat", { enum: ["ok", "geweigerd", "mislukt"] })
      .notNull()
      .default("ok"),
    voor: text("voor", { mode: "json" }),
    na: text("na", { mode: "json" }),
    ip: text("ip"),
    tijdstip: tijdstip("tijdstip"),
  },
  (t) => [
    index("audit_regio_tijdstip").on(t.regioId, t.tijdstip),
    index("audit_entiteit").on(t.entiteit, t.entiteitId),
  ],
);

// ---------------------------------------------------------------------------
// Regiovisie

export const regiovisie = sqliteTable(
  "regiovisie",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    regioId: integer("regio_id")
      .notNull()
      .references(() => regio.id),
    titel: text("titel").notNull(),
    periodeStart: integer("periode_start").notNull(),
    periodeEind: integer("periode_eind").notNull(),
    centraleAmbitie: text("centrale_ambitie").notNull(),
    vorige: text("vorige"),
  },
  (t) => [index("regiovisie_regio").on(t.regioId)],
);

export const uitgangspunt = sqliteTable("uitgangspunt", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  visieId: integer("visie_id")
    .notNull()
    .references(() => regiovisie.id),
  tekst: text("tekst").notNull(),
  volgorde: integer("volgorde").notNull(),
});

export const actielijn = sqliteTable(
  "actielijn",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    visieId: integer("visie_id")
      .notNull()
      .references(() => regiovisie.id),
    code: text("code").notNull(),
    titel: text("titel").notNull(),
    omschrijving: text("omschrijving"),
    volgorde: integer("volgorde").notNull(),
  },
  (t) => [index("actielijn_visie").on(t.visieId)],
);

export const doelstelling = sqliteTable(
  "doelstelling",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actielijnId: integer("actielijn_id")
      .notNull()
      .references(() => actielijn.id),
    code: text("code").notNull(),
    tekst: text("tekst").notNull(),
    volgorde: integer("volgorde").notNull(),
    ingetrokken: integer("ingetrokken", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("doelstelling_actielijn").on(t.actielijnId)],
);

// ---------------------------------------------------------------------------
// Uitvoeringsplan, acties, voortgang

export const uitvoeringsplan = sqliteTable(
  "uitvoeringsplan",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    visieId: integer("visie_id")
      .notNull()
      .references(() => regiovisie.id),
    jaar: integer("jaar").notNull(),
    status: text("status", { enum: PLAN_STATUSSEN }).notNull().default("concept"),
    vastgesteldOp: text("vastgesteld_op"),
    vastgesteldDoorId: integer("vastgesteld_door_id").references(() => gebruiker.id),
    besluit: text("besluit"),
    besluitnummer: text("besluitnummer"),
    verzondenOp: text("verzonden_op"),
    vorigPlanId: integer("vorig_plan_id").references((): AnySQLiteColumn => uitvoeringsplan.id),
  },
  (t) => [uniqueIndex("uitvoeringsplan_visie_jaar").on(t.visieId, t.jaar)],
);

export const actie = sqliteTable(
  "actie",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    planId: integer("plan_id")
      .notNull()
      .references(() => uitvoeringsplan.id),
    code: text("code").notNull(),
    titel: text("titel").notNull(),
    omschrijving: text("omschrijving"),
    niveau: text("niveau", { enum: ["regionaal", "lokaal"] }).notNull(),
    gemeenteId: integer("gemeente_id").references(() => gemeente.id),
    eigenaarId: integer("eigenaar_id")
      .notNull()
      .references(() => gebruiker.id),
    trekkerGemeenteId: integer("trekker_gemeente_id").references(() => gemeente.id),
    trekkerOrganisatieId: integer("trekker_organisatie_id").references(() => organisatie.id),
    deadline: text("deadline").notNull(),
    status: text("status", { enum: ACTIE_STATUSSEN }).notNull().default("niet_gestart"),
    beoogdResultaat: text("beoogd_resultaat"),
    indicator: text("indicator"),
    financiering: text("financiering", { enum: FINANCIERINGEN }),
    bedragCenten: integer("bedrag_centen"),
    herkomstActieId: integer("herkomst_actie_id").references((): AnySQLiteColumn => actie.id),
    /** Carried out per gemeente (issue 5): each gemeente has its own status in actie_uitvoering. */
    uitvoeringPerGemeente: integer("uitvoering_per_gemeente", { mode: "boolean" }).notNull().default(false),
    /** With uitvoering per gemeente the status follows the roll-up, unless a coordinator overrode it. */
    statusOverschreven: integer("status_overschreven", { mode: "boolean" }).notNull().default(false),
    version: integer("version").notNull().default(1),
    aangemaaktOp: tijdstip("aangemaakt_op"),
    gewijzigdOp: tijdstip("gewijzigd_op"),
  },
  (t) => [
    index("actie_plan").on(t.planId),
    index("actie_eigenaar").on(t.eigenaarId),
    index("actie_gemeente").on(t.gemeenteId),
  ],
);

export const actieDoelstelling = sqliteTable(
  "actie_doelstelling",
  {
    actieId: integer("actie_id")
      .notNull()
      .references(() => actie.id, { onDelete: "cascade" }),
    doelstellingId: integer("doelstelling_id")
      .notNull()
      .references(() => doelstelling.id),
  },
  (t) => [
    primaryKey({ columns: [t.actieId, t.doelstellingId] }),
    index("actie_doelstelling_doelstelling").on(t.doelstellingId),
  ],
);

export const actiePartner = sqliteTable(
  "actie_partner",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actieId: integer("actie_id")
      .notNull()
      .references(() => actie.id, { onDelete: "cascade" }),
    gemeenteId: integer("gemeente_id").references(() => gemeente.id),
    organisatieId: integer("organisatie_id").references(() => organisatie.id),
  },
  (t) => [index("actie_partner_actie").on(t.actieId)],
);

/** Append-only: the status of an actie changes only through a row here. */
export const voortgang = sqliteTable(
  "voortgang",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actieId: integer("actie_id")
      .notNull()
      .references(() => actie.id, { onDelete: "cascade" }),
    auteurId: integer("auteur_id")
      .notNull()
      .references(() => gebruiker.id),
    datum: text("datum").notNull(),
    statusVan: text("status_van", { enum: ACTIE_STATUSSEN }).notNull(),
    statusNaar: text("status_naar", { enum: ACTIE_STATUSSEN }).notNull(),
    toelichting: text("toelichting").notNull().default(""),
    oorzaak: text("oorzaak"),
    gevolg: text("gevolg"),
    bijsturing: text("bijsturing"),
    /** Set when the update was made during an ambtelijk beleidsoverleg (for its verslag). */
    overlegId: integer("overleg_id").references((): AnySQLiteColumn => overleg.id),
    idempotencyKey: text("idempotency_key").unique(),
    aangemaaktOp: tijdstip("aangemaakt_op"),
  },
  (t) => [
    index("voortgang_actie_datum").on(t.actieId, t.datum),
    // With actie_id: the agenda asks per actie for its voortgang in this overleg; on overleg_id
    // alone that read every update of the meeting for every actie (bench/RESULTS.md, queryplannen).
    index("voortgang_overleg_actie").on(t.overlegId, t.actieId),
  ],
);

// ---------------------------------------------------------------------------
// Ambtelijk beleidsoverleg

export const overleg = sqliteTable(
  "overleg",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    regioId: integer("regio_id")
      .notNull()
      .references(() => regio.id),
    datum: text("datum").notNull(),
    titel: text("titel").notNull(),
    /** Acties due within this many weeks of the meeting join the agenda automatically. */
    vooruitkijkWeken: integer("vooruitkijk_weken").notNull().default(6),
    aangemaaktDoorId: integer("aangemaakt_door_id").references(() => gebruiker.id),
    aangemaaktOp: tijdstip("aangemaakt_op"),
  },
  (t) => [index("overleg_regio_datum").on(t.regioId, t.datum)],
);

/** Acties added to an agenda by hand; the automatic part of the agenda is computed, not stored. */
export const agendapunt = sqliteTable(
  "agendapunt",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    overlegId: integer("overleg_id")
      .notNull()
      .references(() => overleg.id, { onDelete: "cascade" }),
    actieId: integer("actie_id")
      .notNull()
      .references(() => actie.id, { onDelete: "cascade" }),
    toegevoegdDoorId: integer("toegevoegd_door_id").references(() => gebruiker.id),
  },
  (t) => [uniqueIndex("agendapunt_overleg_actie").on(t.overlegId, t.actieId)],
);

export const besluit = sqliteTable(
  "besluit",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    overlegId: integer("overleg_id")
      .notNull()
      .references(() => overleg.id, { onDelete: "cascade" }),
    actieId: integer("actie_id").references(() => actie.id),
    tekst: text("tekst").notNull(),
    auteurId: integer("auteur_id")
      .notNull()
      .references(() => gebruiker.id),
    idempotencyKey: text("idempotency_key").unique(),
    aangemaaktOp: tijdstip("aangemaakt_op"),
  },
  (t) => [index("besluit_overleg").on(t.overlegId)],
);

export type Gebruiker = typeof gebruiker.$inferSelect;
export type Lidmaatschap = typeof lidmaatschap.$inferSelect;
export type Regio = typeof regio.$inferSelect;
export type Actie = typeof actie.$inferSelect;

// ---------------------------------------------------------------------------
// Jaarlijkse actualisatie, afstemming, vaststelling (issue 4)

/** What the coordinator decided for an actie of plan N when making plan N+1. */
export const actualisatieBesluit = sqliteTable(
  "actualisatie_besluit",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The new plan (N+1) being made. */
    planId: integer("plan_id")
      .notNull()
      .references(() => uitvoeringsplan.id, { onDelete: "cascade" }),
    /** The actie of plan N the decision is about. */
    actieId: integer("actie_id")
      .notNull()
      .references(() => actie.id),
    besluit: text("besluit", { enum: ACTUALISATIE_BESLUITEN }).notNull(),
    reden: text("reden"),
    /** For doorzetten: the actie in plan N+1 (its herkomstActieId points back). */
    nieuweActieId: integer("nieuwe_actie_id").references(() => actie.id, { onDelete: "set null" }),
    besluitDoorId: integer("besluit_door_id").references(() => gebruiker.id),
    aangemaaktOp: tijdstip("aangemaakt_op"),
  },
  (t) => [uniqueIndex("actualisatie_besluit_plan_actie").on(t.planId, t.actieId)],
);

export const reactie = sqliteTable(
  "reactie",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    planId: integer("plan_id")
      .notNull()
      .references(() => uitvoeringsplan.id, { onDelete: "cascade" }),
    actieId: integer("actie_id").references(() => actie.id, { onDelete: "set null" }),
    gemeenteId: integer("gemeente_id").references(() => gemeente.id),
    organisatieId: integer("organisatie_id").references(() => organisatie.id),
    auteurId: integer("auteur_id")
      .notNull()
      .references(() => gebruiker.id),
    tekst: text("tekst").notNull(),
    afhandeling: text("afhandeling", { enum: REACTIE_AFHANDELINGEN }),
    antwoord: text("antwoord"),
    beantwoordDoorId: integer("beantwoord_door_id").references(() => gebruiker.id),
    beantwoordOp: text("beantwoord_op"),
    idempotencyKey: text("idempotency_key").unique(),
    aangemaaktOp: tijdstip("aangemaakt_op"),
  },
  (t) => [index("reactie_plan").on(t.planId)],
);

/**
 * The immutable record of a vaststelling: the plan's content as adopted (JSON). Rows are never
 * updated or deleted; database triggers refuse it (migration 0003).
 */
export const planVaststelling = sqliteTable("plan_vaststelling", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  planId: integer("plan_id")
    .notNull()
    .unique()
    .references(() => uitvoeringsplan.id),
  datum: text("datum").notNull(),
  besluit: text("besluit").notNull(),
  besluitnummer: text("besluitnummer"),
  vastgesteldDoorId: integer("vastgesteld_door_id")
    .notNull()
    .references(() => gebruiker.id),
  inhoud: text("inhoud", { mode: "json" }).notNull(),
  aangemaaktOp: tijdstip("aangemaakt_op"),
});

/**
 * Change counters for what "gewijzigd na vaststelling" compares: `plan:<id>` for the content of a
 * plan's acties (fields, partners, doelstellingen; not their status) and `namen` for the names it
 * shows. Kept by database triggers (migration 0005), so every write path counts, and read as the
 * key under which a plan page may reuse its comparison.
 */
export const inhoudVersie = sqliteTable("inhoud_versie", {
  sleutel: text("sleutel").primaryKey(),
  versie: integer("versie").notNull(),
});

export const advies = sqliteTable(
  "advies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    regioId: integer("regio_id")
      .notNull()
      .references(() => regio.id),
    soort: text("soort", { enum: ADVIES_SOORTEN }).notNull().default("adviesraad"),
    /** The adviesraad's name, or for a zienswijze the gemeente's (also in gemeenteId). */
    adviesraad: text("adviesraad").notNull(),
    gemeenteId: integer("gemeente_id").references(() => gemeente.id),
    datum: text("datum").notNull(),
    onderwerp: text("onderwerp").notNull(),
    aangemaaktOp: tijdstip("aangemaakt_op"),
  },
  (t) => [index("advies_regio").on(t.regioId)],
);

export const adviespunt = sqliteTable(
  "adviespunt",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    adviesId: integer("advies_id")
      .notNull()
      .references(() => advies.id, { onDelete: "cascade" }),
    tekst: text("tekst").notNull(),
    volgorde: integer("volgorde").notNull(),
    verwerking: text("verwerking", { enum: ADVIESPUNT_VERWERKINGEN }),
    toelichting: text("toelichting"),
  },
  (t) => [index("adviespunt_advies").on(t.adviesId)],
);

export const adviespuntActie = sqliteTable(
  "adviespunt_actie",
  {
    adviespuntId: integer("adviespunt_id")
      .notNull()
      .references(() => adviespunt.id, { onDelete: "cascade" }),
    actieId: integer("actie_id")
      .notNull()
      .references(() => actie.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.adviespuntId, t.actieId] })],
);

// ---------------------------------------------------------------------------
// Uitvoering per gemeente and the lokale kamer (issue 5)

/** A gemeente's own part of a regional actie that is carried out per gemeente. */
export const actieUitvoering = sqliteTable(
  "actie_uitvoering",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actieId: integer("actie_id")
      .notNull()
      .references(() => actie.id, { onDelete: "cascade" }),
    gemeenteId: integer("gemeente_id")
      .notNull()
      .references(() => gemeente.id),
    eigenaarId: integer("eigenaar_id").references(() => gebruiker.id),
    status: text("status", { enum: ACTIE_STATUSSEN }).notNull().default("niet_gestart"),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("actie_uitvoering_actie_gemeente").on(t.actieId, t.gemeenteId), index("actie_uitvoering_gemeente").on(t.gemeenteId)],
);

/** Append-only voortgang of one gemeente's part (same rules as voortgang). */
export const uitvoeringVoortgang = sqliteTable(
  "uitvoering_voortgang",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    uitvoeringId: integer("uitvoering_id")
      .notNull()
      .references(() => actieUitvoering.id, { onDelete: "cascade" }),
    auteurId: integer("auteur_id")
      .notNull()
      .references(() => gebruiker.id),
    datum: text("datum").notNull(),
    statusVan: text("status_van", { enum: ACTIE_STATUSSEN }).notNull(),
    statusNaar: text("status_naar", { enum: ACTIE_STATUSSEN }).notNull(),
    toelichting: text("toelichting").notNull().default(""),
    oorzaak: text("oorzaak"),
    gevolg: text("gevolg"),
    bijsturing: text("bijsturing"),
    idempotencyKey: text("idempotency_key").unique(),
    aangemaaktOp: tijdstip("aangemaakt_op"),
  },
  (t) => [index("uitvoering_voortgang_uitvoering").on(t.uitvoeringId, t.datum)],
);

export const mijlpaalTemplate = sqliteTable(
  "mijlpaal_template",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    regioId: integer("regio_id")
      .notNull()
      .references(() => regio.id),
    titel: text("titel").notNull(),
    omschrijving: text("omschrijving"),
    volgorde: integer("volgorde").notNull(),
    /** Removed from the template; kept for gemeenten that already started it. */
    actief: integer("actief", { mode: "boolean" }).notNull().default(true),
  },
  (t) => [index("mijlpaal_template_regio").on(t.regioId)],
);

export const lokaleKamer = sqliteTable("lokale_kamer", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  gemeenteId: integer("gemeente_id")
    .notNull()
    .unique()
    .references(() => gemeente.id),
  procesregisseurId: integer("procesregisseur_id").references(() => gebruiker.id),
  aangemaaktOp: tijdstip("aangemaakt_op"),
});

export const mijlpaal = sqliteTable(
  "mijlpaal",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    lokaleKamerId: integer("lokale_kamer_id")
      .notNull()
      .references(() => lokaleKamer.id, { onDelete: "cascade" }),
    /** Null for a gemeente-specific mijlpaal. */
    templateId: integer("template_id").references(() => mijlpaalTemplate.id),
    titel: text("titel").notNull(),
    volgorde: integer("volgorde").notNull(),
    status: text("status", { enum: MIJLPAAL_STATUSSEN }).notNull().default("open"),
    streefdatum: text("streefdatum"),
    gereedOp: text("gereed_op"),
    toelichting: text("toelichting"),
    documentUrl: text("document_url"),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("mijlpaal_lokale_kamer").on(t.lokaleKamerId)],
);

// ---------------------------------------------------------------------------
// Reminders and spreadsheet import (issue 6)

/** One row per person per period (e.g. "2026-W47" or "2026-11") once their digest went out. */
export const digestVerzonden = sqliteTable(
  "digest_verzonden",
  {
    gebruikerId: integer("gebruiker_id")
      .notNull()
      .references(() => gebruiker.id, { onDelete: "cascade" }),
    periode: text("periode").notNull(),
    outboxId: integer("outbox_id").references(() => outbox.id),
    aangemaaktOp: tijdstip("aangemaakt_op"),
  },
  (t) => [primaryKey({ columns: [t.gebruikerId, t.periode] })],
);

/** An uploaded spreadsheet between upload, column mapping, preview and import. */
export const importSessie = sqliteTable("import_sessie", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  planId: integer("plan_id")
    .notNull()
    .references(() => uitvoeringsplan.id, { onDelete: "cascade" }),
  gebruikerId: integer("gebruiker_id")
    .notNull()
    .references(() => gebruiker.id),
  bestandsnaam: text("bestandsnaam").notNull(),
  kolommen: text("kolommen", { mode: "json" }).notNull(),
  rijen: text("rijen", { mode: "json" }).notNull(),
  koppeling: text("koppeling", { mode: "json" }),
  geimporteerdOp: text("geimporteerd_op"),
  aangemaaktOp: tijdstip("aangemaakt_op"),
});
