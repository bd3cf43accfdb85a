import fc from "fast-check";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { overleg, regio } from "../../db/schema";
import { action as login } from "../../app/routes/account/login";
import { action as actieNieuw } from "../../app/routes/regio/actie-nieuw";
import { action as actiePagina } from "../../app/routes/regio/actie";
import { action as overleggen } from "../../app/routes/regio/overleggen";
import { action as overlegPagina } from "../../app/routes/regio/overleg";
import { action as visieBewerken } from "../../app/routes/regio/visie-bewerken";
import { action as uitnodigen } from "../../app/routes/beheer/uitnodigen";
import { action as adviezen } from "../../app/routes/regio/adviezen";
import { snapshot } from "../helpers/db-snapshot";
import { cookieFor, postRequest, run, testContext } from "../helpers/http";

const HM = "hollands-midden";
const COORDINATOR = "coordinator@leiden.example";
const RUNS = { numRuns: 25 };

const PAYLOADS = [
  "'; DROP TABLE actie;--",
  "1 OR 1=1",
  "<script>alert(1)</script>",
  "{{7*7}}",
  "${7*7}",
  "../../etc/passwd",
  "\u0000",
  "123456782",
  "-1",
  "99999999999999999999",
  "NaN",
  "2026-02-30",
];

const waarde = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(...PAYLOADS),
  fc.constant("x".repeat(100_000)),
  fc.integer().map(String),
);
const veldwaarde = fc.oneof(waarde, fc.array(waarde, { maxLength: 4 }));

function velden(namen: string[]) {
  const sleutel = fc.oneof(
    fc.constantFrom(...namen),
    fc.string({ minLength: 1, maxLength: 20 }),
  );
  return fc.dictionary(sleutel, veldwaarde, { maxKeys: namen.length + 3 });
}

type Action = (args: never) => unknown;

interface Geval {
  naam: string;
  action: Action;
  pad: () => string;
  params: () => Record<string, string>;
  email?: string;
  namen: string[];
  intents?: string[];
}

function overlegHm() {
  const regioId = db
    .select({ id: regio.id })
    .from(regio)
    .where(eq(regio.slug, HM))
    .get()!.id;
  return db
    .insert(overleg)
    .values({ regioId, datum: "2026-06-01", titel: "Vijandig" })
    .returning({ id: overleg.id })
    .get().id;
}

const ACTIE_VELDEN = [
  "intent",
  "titel",
  "omschrijving",
  "niveau",
  "gemeenteId",
  "doelstellingIds",
  "eigenaarId",
  "trekker",
  "partners",
  "deadline",
  "beoogdResultaat",
  "indicator",
  "financiering",
  "bedrag",
];

const GEVALLEN: Geval[] = [
  {
    naam: "inloggen",
    action: login,
    pad: () => "/login",
    params: () => ({}),
    email: undefined,
    namen: ["email", "password", "redirectTo"],
  },
  {
    naam: "actie aanmaken",
    action: actieNieuw,
    pad: () => `/r/${HM}/plannen/2026/acties/nieuw`,
    params: () => ({ regio: HM, jaar: "2026" }),
    namen: ACTIE_VELDEN,
    intents: ["opslaan"],
  },
  {
    naam: "voortgang plaatsen",
    action: actiePagina,
    pad: () => `/r/${HM}/acties/1`,
    params: () => ({ regio: HM, id: "1" }),
    namen: [
      "intent",
      "status",
      "datum",
      "toelichting",
      "oorzaak",
      "gevolg",
      "bijsturing",
      "idempotencyKey",
    ],
    intents: ["voortgang"],
  },
  {
    naam: "overleg aanmaken",
    action: overleggen,
    pad: () => `/r/${HM}/overleg`,
    params: () => ({ regio: HM }),
    namen: ["intent", "datum", "titel", "vooruitkijkWeken"],
  },
  {
    naam: "overleg: agendapunt en besluit",
    action: overlegPagina,
    pad: () => `/r/${HM}/overleg/OVERLEG`,
    params: () => ({ regio: HM, id: "OVERLEG" }),
    namen: [
      "intent",
      "actieId",
      "code",
      "tekst",
      "besluit",
      "idempotencyKey",
      "agendapuntId",
    ],
    intents: [
      "agendapunt-toevoegen",
      "agendapunt-verwijderen",
      "besluit",
      "voortgang",
    ],
  },
  {
    naam: "visie bewerken",
    action: visieBewerken,
    pad: () => `/r/${HM}/visie/bewerken`,
    params: () => ({ regio: HM }),
    namen: [
      "intent",
      "ambitie",
      "tekst",
      "titel",
      "code",
      "id",
      "version",
      "richting",
    ],
  },
  {
    naam: "advies registreren",
    action: adviezen,
    pad: () => `/r/${HM}/adviezen`,
    params: () => ({ regio: HM }),
    namen: [
      "intent",
      "soort",
      "adviesraad",
      "gemeenteId",
      "datum",
      "onderwerp",
    ],
  },
  {
    naam: "gebruiker uitnodigen",
    action: uitnodigen,
    pad: () => "/beheer/gebruikers/uitnodigen",
    params: () => ({}),
    namen: ["naam", "email", "regioId", "rol", "gemeenteId", "organisatieId"],
  },
];

function isNederlandseMelding(tekst: unknown): boolean {
  return (
    typeof tekst === "string" &&
    tekst.length > 0 &&
    !/\b(Invalid|expected|Required|received)\b/.test(tekst)
  );
}

describe("vijandige invoer", () => {
  it.each(GEVALLEN.map((g) => [g.naam, g] as const))(
    "%s: nooit een 500, een weigering is 400 in het Nederlands en wijzigt niets",
    async (_naam, geval) => {
      const overlegId = String(overlegHm());
      const cookie = cookieFor(geval.email ?? COORDINATOR);
      const invoer = geval.intents
        ? fc
            .tuple(velden(geval.namen), fc.constantFrom(...geval.intents))
            .map(([v, intent]) => ({ ...v, intent }))
        : velden(geval.namen);
      await fc.assert(
        fc.asyncProperty(invoer, async (raw) => {
          const pad = geval.pad().replace("OVERLEG", overlegId);
          const params = Object.fromEntries(
            Object.entries(geval.params()).map(([k, v]) => [
              k,
              v.replace("OVERLEG", overlegId),
            ]),
          );
          const voor = snapshot();
          const fields = raw as Record<string, string | string[]>;
          // run() rethrows anything that is not a Response, so an unexpected error fails the property.
          const uit = await run(() =>
            (geval.action as (args: unknown) => unknown)({
              request: postRequest(
                pad,
                fields,
                geval.naam === "inloggen" ? undefined : cookie,
              ),
              params,
              context: testContext,
            }),
          );
          expect(uit.status).not.toBe(500);
          if (uit.status >= 400) {
            expect(snapshot()).toEqual(voor);
          }
          if (
            uit.status === 400 &&
            uit.data &&
            typeof uit.data === "object" &&
            "errors" in uit.data
          ) {
            const errors = (uit.data as { errors: Record<string, unknown> })
              .errors;
            for (const melding of Object.values(errors).filter(
              (m) => m !== null && m !== undefined,
            )) {
              expect(isNederlandseMelding(melding), String(melding)).toBe(true);
            }
          }
        }),
        RUNS,
      );
    },
    60_000,
  );
});
