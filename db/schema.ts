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

// Instants are ISO-8601 UTC strings (sortable as text); calendar dates are "YYYY-MM-DD".
const tijdstip = (name: string) =>
  text(name)
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const ROLLEN = [
  "beheerder",
  "regiocoordinator",
  "gemeente",
  "procesregisseur",
  "partner",
  "lezer",
] as const;
export type Rol = (typeof ROLLEN)[number];

export const ACTIE_STATUSSEN = [
  "niet_gestart",
  "op_schema",
  "aandacht",
  "vertraagd",
  "afgerond",
  "vervallen",
] as const;
export type ActieStatus = (typeof ACTIE_STATUSSEN)[number];

export const PLAN_STATUSSEN = ["concept", "ter_afstemming", "vastgesteld"] as const;
export type PlanStatus = (typeof PLAN_STATUSSEN)[number];

export const FINANCIERINGEN = ["du_vo", "gemeentelijk", "anders"] as const;
export type Financiering = (typeof FINANCIERINGEN)[number];

export const ORGANISATIE_SOORTEN = [
  "veilig_thuis",
  "zorg_en_veiligheid",
  "politie_justitie",
  "jeugdbescherming",
  "opvang",
  "zorg",
  "overig",
] as const;
export type OrganisatieSoort = (typeof ORGANISATIE_SOORTEN)[number];

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
  aangemaaktOp: tijdstip("aangemaakt_op"),
});

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

export const TOKEN_SOORTEN = ["uitnodiging", "wachtwoord_reset"] as const;
export type TokenSoort = (typeof TOKEN_SOORTEN)[number];

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
  (t) => [index("voortgang_actie_datum").on(t.actieId, t.datum), index("voortgang_overleg").on(t.overlegId)],
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
