import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as database from "../../db";
import { geslaagdeAuditRegels, snapshot } from "./db-snapshot";
import { cookieFor, ORIGIN, postRequest, run, testContext, type Outcome } from "./http";
import { BASE_DB } from "./paths";

/**
 * Property-based hostile input for the forms of the app (issue 7). Every form is described by a
 * valid submission; each run starts from a fresh copy of the seeded database, breaks that valid
 * submission in one to four places (a field removed, replaced by hostile text or by a list, an
 * unknown field added, or the intent changed) and submits it through the real route action.
 * Whatever comes back must not be a 500; a refusal changes no row in any table and speaks Dutch.
 * Starting from a valid submission matters: random forms alone mostly test "Onbekende handeling".
 */

export type Veldwaarde = string | string[] | File;
export type Velden = Record<string, Veldwaarde>;

export interface Verzoek {
  pad: string;
  params: Record<string, string>;
  velden: Velden;
  /** A session cookie of its own (a login halfway its second factor) instead of one for `email`. */
  cookie?: string;
}

type RouteAction = (args: never) => unknown;

export interface Formulier {
  /** The route module under app/routes, such as "regio/advies". */
  route: string;
  /** The hidden intent of this form; absent for a route with a single form. */
  intent?: string;
  /** Who submits it: someone allowed to, so the refusals are about the input. null: nobody signed in. */
  email: string | null;
  action: RouteAction;
  /** Runs on a fresh database: makes what the form needs and returns a submission that is accepted. */
  geldig: () => Verzoek | Promise<Verzoek>;
  /** Other fields this form may carry (optional or hidden ones), so mutations also add those. */
  extraNamen?: string[];
  /** The route refuses every submission (niet-gevonden): there is no valid path to prove. */
  altijdGeweigerd?: true;
  /** The route accepts whatever is sent (logout): the property cannot expect a refusal. */
  nooitGeweigerd?: true;
}

export function naamVan(formulier: Formulier): string {
  return formulier.intent ? `${formulier.route} (${formulier.intent})` : formulier.route;
}

// ---------------------------------------------------------------------------
// A fresh database for every run

/** The same reset db-per-test does before each test, here before each run of a property. */
export function verseDatabase(): void {
  const bestand = process.env.DATABASE_PATH;
  if (!bestand) throw new Error("DATABASE_PATH ontbreekt; draai dit via vitest met db-per-test.");
  database.sqlite.close();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(bestand + suffix, { force: true });
  fs.copyFileSync(BASE_DB, bestand);
  database.reopenDatabase(bestand);
}

// ---------------------------------------------------------------------------
// Submitting

function formulierVerzoek(pad: string, velden: Velden, cookie?: string): Request {
  const heeftBestand = Object.values(velden).some((v) => v instanceof File);
  if (!heeftBestand) return postRequest(pad, velden as Record<string, string | string[]>, cookie);
  const body = new FormData();
  for (const [naam, waarde] of Object.entries(velden)) {
    for (const w of Array.isArray(waarde) ? waarde : [waarde]) body.append(naam, w);
  }
  return new Request(ORIGIN + pad, { method: "POST", body, headers: { Origin: ORIGIN, ...(cookie ? { Cookie: cookie } : {}) } });
}

/** Submits through the route's action as the form's user; run() rethrows anything that would be a 500. */
export function verstuur(formulier: Formulier, verzoek: Verzoek): Promise<Outcome> {
  const cookie = verzoek.cookie ?? (formulier.email ? cookieFor(formulier.email) : undefined);
  return run(() =>
    (formulier.action as (args: unknown) => unknown)({
      request: formulierVerzoek(verzoek.pad, verzoek.velden, cookie),
      params: verzoek.params,
      context: testContext,
    }),
  );
}

// ---------------------------------------------------------------------------
// What a refusal must look like

/** Words of Zod's English messages, and what a stack trace or database error would show. */
const NIET_NEDERLANDS = /\b(Invalid|invalid|Expected|expected|Required|required|received|Unrecognized|must|should)\b|Too (big|small)|SQLITE|TypeError|ReferenceError|\bat \S+ \(/;

/**
 * The messages a response shows: the text of a thrown 403/404, or the field errors of a form —
 * also when a route nests its answer one level down (the MFA forms answer under "mfa").
 */
export function meldingenIn(data: unknown, diepte = 0): string[] {
  if (typeof data === "string") return diepte === 0 ? [data] : [];
  if (!data || typeof data !== "object" || diepte > 2) return [];
  const { errors } = data as { errors?: unknown };
  if (errors && typeof errors === "object") return Object.values(errors).filter((m): m is string => typeof m === "string");
  return Object.values(data).flatMap((waarde) => meldingenIn(waarde, diepte + 1));
}

/** A refusal carries messages a Dutch civil servant can read: no English, no stack traces, none empty. */
export function verwachtNederlandseMeldingen(uit: Outcome): void {
  for (const melding of meldingenIn(uit.data)) {
    expect(melding.trim().length, "lege melding").toBeGreaterThan(0);
    expect(NIET_NEDERLANDS.test(melding), `niet-Nederlandse melding: ${melding.slice(0, 300)}`).toBe(false);
  }
}

// ---------------------------------------------------------------------------
// Hostile values and mutations

const PAYLOADS = [
  "'; DROP TABLE actie;--",
  "1 OR 1=1",
  "' OR '1'='1",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}",
  "${7*7}",
  "../../etc/passwd",
  "\u0000",
  "\u202e\u200b",
  "😀👩‍👩‍👧",
  "\r\n\r\n",
  "123456782",
  "0",
  "1",
  "-1",
  "1e3",
  " 12 ",
  "999999999999",
  "99999999999999999999",
  "NaN",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "2026-02-30",
  "9999-12-31",
  "g:1",
  "o:1",
  "m:1",
  "t:1",
  "__proto__",
  "zuid-holland-zuid",
  "haaglanden",
];

/** Long values stay short in a counterexample: "«100000×x»" is expanded just before submitting. */
const LANG = /^«(\d+)×(.+)»$/s;

function uitgepakt(waarde: string): string {
  const m = LANG.exec(waarde);
  return m ? m[2].repeat(Number(m[1])) : waarde;
}

const waarde = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(...PAYLOADS),
  fc.constantFrom("«100000×x»", "«60000×é»", "«20000×<b>»", "«5000×1»"),
  fc.integer().map(String),
  fc.double().map(String),
);

const bestand = fc
  .record({
    naam: fc.oneof(fc.constantFrom("plan.csv", "plan.xlsx", "../../plan.csv", "<script>.csv", "x".repeat(300) + ".csv", ""), fc.string()),
    inhoud: fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string().map((s) => new TextEncoder().encode(s))),
  })
  .map(({ naam, inhoud }) => new File([inhoud as Uint8Array<ArrayBuffer>], naam));

const VERDACHTE_NAMEN = ["__proto__", "constructor", "id", "regioId", "gebruikerId", "status", "version", "redirectTo", "antwoord"];

type Mutatie =
  | { soort: "weg"; veld: number }
  | { soort: "waarde"; veld: number; waarde: string }
  | { soort: "lijst"; veld: number; waarden: string[] }
  | { soort: "bestand"; veld: number; bestand: File }
  | { soort: "extra"; naam: string | number; waarde: string | string[] }
  | { soort: "intent"; waarde: string }
  | { soort: "param"; param: number; waarde: string };

const mutatie: fc.Arbitrary<Mutatie> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ soort: fc.constant("weg" as const), veld: fc.nat() }) },
  { weight: 6, arbitrary: fc.record({ soort: fc.constant("waarde" as const), veld: fc.nat(), waarde }) },
  { weight: 2, arbitrary: fc.record({ soort: fc.constant("lijst" as const), veld: fc.nat(), waarden: fc.array(waarde, { maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ soort: fc.constant("bestand" as const), veld: fc.nat(), bestand }) },
  {
    weight: 2,
    arbitrary: fc.record({
      soort: fc.constant("extra" as const),
      naam: fc.oneof(fc.nat(), fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom(...VERDACHTE_NAMEN)),
      waarde: fc.oneof(waarde, fc.array(waarde, { maxLength: 3 })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ soort: fc.constant("intent" as const), waarde }) },
  { weight: 1, arbitrary: fc.record({ soort: fc.constant("param" as const), param: fc.nat(), waarde }) },
);

const mutaties = fc.array(mutatie, { minLength: 1, maxLength: 4 });

/** The URL is input too: a mutation may replace a route parameter (an id, a year, a slug, a token). */
function pasParamsToe(params: Record<string, string>, lijst: Mutatie[]): Record<string, string> {
  const uit = { ...params };
  const namen = Object.keys(params);
  for (const m of lijst) {
    if (m.soort === "param" && namen.length > 0) uit[namen[m.param % namen.length]] = uitgepakt(m.waarde);
  }
  return uit;
}

function pasToe(velden: Velden, lijst: Mutatie[], extraNamen: string[]): Velden {
  const uit: Velden = { ...velden };
  const namen = Object.keys(velden).filter((n) => n !== "intent");
  for (const m of lijst) {
    if (m.soort === "param") continue;
    if (m.soort === "intent") {
      if ("intent" in velden) uit.intent = uitgepakt(m.waarde);
      continue;
    }
    if (m.soort === "extra") {
      const naam = typeof m.naam === "number" ? (extraNamen.length ? extraNamen[m.naam % extraNamen.length] : String(m.naam)) : m.naam;
      uit[naam] = Array.isArray(m.waarde) ? m.waarde.map(uitgepakt) : uitgepakt(m.waarde);
      continue;
    }
    // A form without fields of its own (logout, "starten") only gets extra fields.
    if (namen.length === 0) continue;
    const naam = namen[m.veld % namen.length];
    if (m.soort === "weg") delete uit[naam];
    else if (m.soort === "waarde") uit[naam] = uitgepakt(m.waarde);
    else if (m.soort === "lijst") uit[naam] = m.waarden.map(uitgepakt);
    else uit[naam] = m.bestand;
  }
  return uit;
}

// ---------------------------------------------------------------------------
// The tests

/** 20 runs per form by default; VIJANDIG_RUNS=200 for a long search before a release. */
const RUNS = Number(process.env.VIJANDIG_RUNS ?? 20);

/** The valid submission is accepted and changes something (an audited change), so the refusals prove something. */
export async function verwachtGeldigPad(formulier: Formulier): Promise<void> {
  verseDatabase();
  const verzoek = await formulier.geldig();
  const auditVoor = geslaagdeAuditRegels();
  const uit = await verstuur(formulier, verzoek);
  expect(uit.status, JSON.stringify(uit.data ?? uit.location ?? null).slice(0, 500)).toBeLessThan(400);
  expect(geslaagdeAuditRegels(), "de geldige invoer schreef geen geslaagde auditregel").toBeGreaterThan(auditVoor);
}

/** The property: no 500, and a refusal (4xx) leaves every table as it was and speaks Dutch. */
export async function verwachtVijandigeInvoerVeilig(formulier: Formulier, numRuns = RUNS): Promise<void> {
  const statussen: number[] = [];
  await fc.assert(
    fc.asyncProperty(mutaties, async (lijst) => {
      verseDatabase();
      const verzoek = await formulier.geldig();
      const velden = pasToe(verzoek.velden, lijst, formulier.extraNamen ?? []);
      const voor = snapshot();
      const uit = await verstuur(formulier, { ...verzoek, params: pasParamsToe(verzoek.params, lijst), velden });
      statussen.push(uit.status);
      expect(uit.status).toBeLessThan(500);
      if (uit.status >= 400) {
        expect(snapshot()).toEqual(voor);
        // A refusal says why; only 410 (a used or expired link) has a page of its own that does.
        if (uit.status !== 410) expect(meldingenIn(uit.data).length, `weigering ${uit.status} zonder melding`).toBeGreaterThan(0);
        verwachtNederlandseMeldingen(uit);
      }
    }),
    { numRuns },
  );
  if (process.env.VIJANDIG_STATISTIEK) console.log(naamVan(formulier), JSON.stringify(statussen));
  // Without a single refusal the property proved nothing about refusals.
  if (!formulier.nooitGeweigerd) expect(statussen.some((s) => s >= 400), "geen enkele weigering").toBe(true);
}

/** Registers, per form, the valid path and the hostile-input property. */
export function testFormulieren(titel: string, formulieren: Formulier[], numRuns = RUNS): void {
  describe(titel, () => {
    const metGeldigPad = formulieren.filter((f) => !f.altijdGeweigerd);
    it.each(metGeldigPad.map((f) => [naamVan(f), f] as const))("%s: de geldige invoer wordt aanvaard", async (_naam, formulier) => {
      await verwachtGeldigPad(formulier);
    });
    it.each(formulieren.map((f) => [naamVan(f), f] as const))(
      "%s: vijandige invoer geeft nooit een 500, een weigering wijzigt niets en is Nederlands",
      async (_naam, formulier) => {
        await verwachtVijandigeInvoerVeilig(formulier, numRuns);
      },
      60_000,
    );
  });
}

// ---------------------------------------------------------------------------
// Coverage: every intent the route's action knows is one of the tested forms

/** Intents named in the action of a route module: `intent === "x"`, `case "x":`, `z.literal("x")`. */
export function intentsInRoute(route: string): string[] {
  const bron = fs.readFileSync(`app/routes/${route}.tsx`, "utf8");
  const begin = bron.search(/export (async )?function action\b/);
  if (begin < 0) return [];
  const eind = bron.indexOf("\n}\n", begin);
  // Schemas with z.literal intents sit above the action, so the whole module is searched for those.
  const actie = bron.slice(begin, eind < 0 ? undefined : eind);
  const gevonden = new Set<string>();
  for (const m of actie.matchAll(/intent [!=]== "([\w-]+)"|case "([\w-]+)":/g)) gevonden.add(m[1] ?? m[2]);
  for (const m of bron.matchAll(/intent: z\.literal\("([\w-]+)"\)/g)) gevonden.add(m[1]);
  return [...gevonden].sort();
}

/** Route modules under app/routes that export an action. */
export function routesMetAction(): string[] {
  const uit: string[] = [];
  const loop = (map: string) => {
    for (const item of fs.readdirSync(`app/routes/${map}`, { withFileTypes: true })) {
      const pad = map ? `${map}/${item.name}` : item.name;
      if (item.isDirectory()) loop(pad);
      else if (/\.tsx?$/.test(item.name) && /export (async )?function action\b/.test(fs.readFileSync(`app/routes/${pad}`, "utf8"))) {
        uit.push(pad.replace(/\.tsx?$/, ""));
      }
    }
  };
  loop("");
  return uit.sort();
}

/** Checks that the forms of this file cover every intent of their routes (plus intents defined in the domain). */
export function verwachtElkeIntentGetest(formulieren: Formulier[], extra: Record<string, readonly string[]> = {}): void {
  const perRoute = new Map<string, Set<string>>();
  for (const f of formulieren) {
    const set = perRoute.get(f.route) ?? new Set<string>();
    if (f.intent) set.add(f.intent);
    perRoute.set(f.route, set);
  }
  for (const [route, getest] of perRoute) {
    const verwacht = new Set([...intentsInRoute(route), ...(extra[route] ?? [])]);
    expect([...verwacht].filter((i) => !getest.has(i)), `ongeteste handelingen van ${route}`).toEqual([]);
  }
}
