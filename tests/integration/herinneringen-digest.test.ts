import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import * as database from "../../db";
import {
  actie,
  actieUitvoering,
  gebruiker,
  gemeente,
  lidmaatschap,
  regio,
  regiovisie,
  uitvoeringsplan,
  voortgang,
} from "../../db/schema";
import { publicOrigin } from "../../app/config.server";
import { runDigest } from "../../app/domain/herinneringen/digest.server";

// Monday 23 November 2026, 10:00 in the Netherlands: ISO week 2026-W48.
const NU = new Date("2026-11-23T09:00:00Z");
const WEEK_LATER = new Date("2026-11-30T09:00:00Z");
const MAAND_LATER = new Date("2026-12-07T09:00:00Z");

function aantal(tabel: string, where = "1 = 1", ...params: unknown[]): number {
  return (database.sqlite.prepare(`SELECT count(*) AS n FROM ${tabel} WHERE ${where}`).get(...params) as { n: number }).n;
}

function regioId(slug: string): number {
  return database.db.select({ id: regio.id }).from(regio).where(eq(regio.slug, slug)).get()!.id;
}

function planId(slug: string, jaar: number): number {
  return database.db
    .select({ id: uitvoeringsplan.id })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(regiovisie.regioId, regioId(slug)), eq(uitvoeringsplan.jaar, jaar)))
    .get()!.id;
}

let volgnummer = 0;

function maakPersoon(
  naam: string,
  opties: { frequentie?: "wekelijks" | "maandelijks" | "nooit"; actief?: boolean; wachtwoord?: boolean; regio?: string } = {},
): { id: number; email: string } {
  volgnummer += 1;
  const email = `${naam.toLowerCase()}-${volgnummer}@test.example`;
  const id = database.db
    .insert(gebruiker)
    .values({
      email,
      naam,
      passwordHash: opties.wachtwoord === false ? null : "$argon2id$test",
      actief: opties.actief ?? true,
      digestFrequentie: opties.frequentie ?? "wekelijks",
    })
    .returning({ id: gebruiker.id })
    .get().id;
  database.db.insert(lidmaatschap).values({ gebruikerId: id, regioId: regioId(opties.regio ?? "hollands-midden"), rol: "gemeente" }).run();
  return { id, email };
}

/** An actie in Hollands Midden 2026, updated on `bijgewerkt` (null: never since creation). */
function maakActie(
  eigenaarId: number,
  t: { deadline: string; status?: "op_schema" | "afgerond" | "vervallen" | "aandacht"; bijgewerkt?: string | null; jaar?: number; slug?: string; titel?: string },
): { id: number; code: string } {
  volgnummer += 1;
  const code = `H-${volgnummer}`;
  const id = database.db
    .insert(actie)
    .values({
      planId: planId(t.slug ?? "hollands-midden", t.jaar ?? 2026),
      code,
      titel: t.titel ?? `Herinneringsactie ${volgnummer}`,
      niveau: "regionaal",
      eigenaarId,
      deadline: t.deadline,
      status: t.status ?? "op_schema",
      aangemaaktOp: "2026-01-10T09:00:00.000Z",
    })
    .returning({ id: actie.id })
    .get().id;
  const bijgewerkt = t.bijgewerkt === undefined ? "2026-11-20" : t.bijgewerkt;
  if (bijgewerkt) {
    database.db
      .insert(voortgang)
      .values({ actieId: id, auteurId: eigenaarId, datum: bijgewerkt, statusVan: "niet_gestart", statusNaar: t.status ?? "op_schema" })
      .run();
  }
  return { id, code };
}

function mailAan(email: string) {
  return database.sqlite.prepare("SELECT onderwerp, tekst FROM outbox WHERE aan = ? ORDER BY id").all(email) as {
    onderwerp: string;
    tekst: string;
  }[];
}

beforeEach(() => {
  // The seeded accounts stay out of the way, so every count below is about the constructed data.
  database.sqlite.prepare("UPDATE gebruiker SET digest_frequentie = 'nooit'").run();
});

describe("de selectie van het wekelijkse overzicht", () => {
  it("meldt acties over de deadline, met een deadline binnen 4 weken en die niet zijn bijgewerkt, met directe links", () => {
    const anna = maakPersoon("Anna");
    const over = maakActie(anna.id, { deadline: "2026-11-01" });
    const binnenkort = maakActie(anna.id, { deadline: "2026-12-10" });
    const precies4Weken = maakActie(anna.id, { deadline: "2026-12-21" });
    const oud = maakActie(anna.id, { deadline: "2027-03-01", bijgewerkt: "2026-08-01" });
    const nooitBijgewerkt = maakActie(anna.id, { deadline: "2027-03-01", bijgewerkt: null });
    const afgerond = maakActie(anna.id, { deadline: "2026-11-01", status: "afgerond", bijgewerkt: "2026-01-20" });
    const vervallen = maakActie(anna.id, { deadline: "2026-11-01", status: "vervallen" });
    const rustig = maakActie(anna.id, { deadline: "2027-03-01" });
    const net4WekenEnEenDag = maakActie(anna.id, { deadline: "2026-12-22" });
    const vorigJaar = maakActie(anna.id, { deadline: "2025-06-01", jaar: 2025, bijgewerkt: null });
    const vanIemandAnders = maakActie(maakPersoon("Bram", { frequentie: "nooit" }).id, { deadline: "2026-11-01" });

    const voor = aantal("outbox");
    const uitkomst = runDigest({ now: NU });
    expect(uitkomst).toMatchObject({ overwogen: 1, gemaild: 1, nietsTeMelden: 0, alVerzonden: 0, week: "2026-W48" });
    expect(aantal("outbox")).toBe(voor + 1);

    const [mail] = mailAan(anna.email);
    expect(mail.onderwerp).toBe("Herinnering: 5 acties vragen uw aandacht");
    for (const a of [over, binnenkort, precies4Weken, oud, nooitBijgewerkt]) {
      expect(mail.tekst).toContain(`${a.code} `);
      expect(mail.tekst).toContain(`${publicOrigin()}/r/hollands-midden/acties/${a.id}\n`.trimEnd());
    }
    for (const a of [afgerond, vervallen, rustig, net4WekenEnEenDag, vorigJaar, vanIemandAnders]) {
      expect(mail.tekst).not.toContain(`${a.code} `);
    }
    // Grouped by reason, most pressing first, and each actie once.
    const koppen = ["Deadline verstreken (1)", "Niet recent bijgewerkt (2)", "Deadline binnen 4 weken (2)"];
    const posities = koppen.map((k) => mail.tekst.indexOf(k));
    expect(posities.every((p) => p > 0)).toBe(true);
    expect([...posities].sort((a, b) => a - b)).toEqual(posities);
    expect(mail.tekst.indexOf(over.code)).toBeLessThan(posities[1]);
    expect(mail.tekst).toContain("Deadline 1 november 2026 (verstreken)");
    expect(mail.tekst).toContain("Deadline 21 december 2026 (over 28 dagen)");
    expect(mail.tekst).toContain(`${publicOrigin()}/account`);
    expect(mail.tekst).toContain("U ontvangt dit overzicht wekelijks.");
  });

  it("neemt de uitvoering van een gemeente mee waarvan de persoon eigenaar is", () => {
    const anna = maakPersoon("Anna");
    const bram = maakPersoon("Bram", { frequentie: "nooit" });
    const regionaal = maakActie(bram.id, { deadline: "2026-11-15" });
    database.db.update(actie).set({ uitvoeringPerGemeente: true }).where(eq(actie.id, regionaal.id)).run();
    const voorschoten = database.db
      .select({ id: gemeente.id })
      .from(gemeente)
      .where(and(eq(gemeente.naam, "Voorschoten"), eq(gemeente.regioId, regioId("hollands-midden"))))
      .get()!.id;
    database.db.insert(actieUitvoering).values({ actieId: regionaal.id, gemeenteId: voorschoten, eigenaarId: anna.id, status: "aandacht" }).run();

    runDigest({ now: NU });
    const [mail] = mailAan(anna.email);
    expect(mail.tekst).toContain(`${regionaal.code} Herinneringsactie`);
    expect(mail.tekst).toContain("(uitvoering Voorschoten)");
    expect(mail.tekst).toContain("Status: Aandacht nodig");
    expect(mail.tekst).toContain(`/r/hollands-midden/acties/${regionaal.id}`);
  });

  it("slaat inactieve accounts, accounts zonder wachtwoord en wie 'nooit' koos over", () => {
    const inactief = maakPersoon("Inactief", { actief: false });
    const uitgenodigd = maakPersoon("Uitgenodigd", { wachtwoord: false });
    const nooit = maakPersoon("Nooit", { frequentie: "nooit" });
    for (const p of [inactief, uitgenodigd, nooit]) maakActie(p.id, { deadline: "2026-11-01" });

    const voor = aantal("outbox");
    const uitkomst = runDigest({ now: NU });
    expect(uitkomst).toMatchObject({ overwogen: 0, gemaild: 0 });
    expect(aantal("outbox")).toBe(voor);
    expect(aantal("digest_verzonden")).toBe(0);
  });

  it("stuurt geen e-mail als er niets te melden is", () => {
    const rustig = maakPersoon("Rustig");
    maakActie(rustig.id, { deadline: "2027-06-30" });
    maakPersoon("Zonderacties");

    const voor = aantal("outbox");
    const uitkomst = runDigest({ now: NU });
    expect(uitkomst).toMatchObject({ overwogen: 2, gemaild: 0, nietsTeMelden: 2 });
    expect(aantal("outbox")).toBe(voor);
    expect(aantal("digest_verzonden")).toBe(0);
  });

  it("meldt geen acties van een regio waarin de persoon geen rol (meer) heeft", () => {
    const elders = maakPersoon("Elders", { regio: "haaglanden" });
    maakActie(elders.id, { deadline: "2026-11-01" });

    const uitkomst = runDigest({ now: NU });
    expect(uitkomst).toMatchObject({ overwogen: 1, gemaild: 0, nietsTeMelden: 1 });
    expect(mailAan(elders.email)).toEqual([]);
  });
});

describe("nooit twee keer voor dezelfde periode", () => {
  it("zet bij een tweede run in dezelfde week niets klaar, ook na een herstart", () => {
    const anna = maakPersoon("Anna");
    maakActie(anna.id, { deadline: "2026-11-01" });

    const voor = aantal("outbox");
    expect(runDigest({ now: NU })).toMatchObject({ gemaild: 1, alVerzonden: 0 });
    // A restart keeps nothing in memory: only the database remembers what was sent.
    expect(runDigest({ now: new Date("2026-11-26T15:00:00Z") })).toMatchObject({ gemaild: 0, alVerzonden: 1 });
    expect(aantal("outbox")).toBe(voor + 1);
    expect(aantal("digest_verzonden", "gebruiker_id = ? AND periode = '2026-W48'", anna.id)).toBe(1);
    const rij = database.sqlite.prepare("SELECT outbox_id FROM digest_verzonden WHERE gebruiker_id = ?").get(anna.id) as { outbox_id: number };
    expect(aantal("outbox", "id = ? AND aan = ?", rij.outbox_id, anna.email)).toBe(1);

    expect(runDigest({ now: WEEK_LATER })).toMatchObject({ gemaild: 1, week: "2026-W49" });
    expect(mailAan(anna.email)).toHaveLength(2);
  });

  it("stuurt het maandelijkse overzicht één keer per maand, met de eerste maandag van de maand", () => {
    const maandelijks = maakPersoon("Maandelijks", { frequentie: "maandelijks" });
    const wekelijks = maakPersoon("Wekelijks");
    for (const p of [maandelijks, wekelijks]) maakActie(p.id, { deadline: "2026-11-01" });

    expect(runDigest({ now: NU })).toMatchObject({ gemaild: 2, maand: "2026-11" });
    expect(runDigest({ now: WEEK_LATER })).toMatchObject({ gemaild: 1, alVerzonden: 1, maand: "2026-11" });
    expect(runDigest({ now: MAAND_LATER })).toMatchObject({ gemaild: 2, maand: "2026-12" });

    expect(mailAan(maandelijks.email)).toHaveLength(2);
    expect(mailAan(wekelijks.email)).toHaveLength(3);
    expect(mailAan(maandelijks.email)[0].tekst).toContain("U ontvangt dit overzicht maandelijks.");
    const perioden = database.sqlite
      .prepare("SELECT periode FROM digest_verzonden WHERE gebruiker_id = ? ORDER BY periode")
      .all(maandelijks.id)
      .map((r) => (r as { periode: string }).periode);
    expect(perioden).toEqual(["2026-11", "2026-12"]);
  });

  it("legt elke verzonden herinnering vast in het auditlog, zonder de tekst van de e-mail", () => {
    const anna = maakPersoon("Anna");
    const a = maakActie(anna.id, { deadline: "2026-11-01" });
    runDigest({ now: NU });
    const rijen = database.sqlite
      .prepare("SELECT entiteit_id, na FROM audit WHERE actie = 'digest.verzonden'")
      .all() as { entiteit_id: string; na: string }[];
    expect(rijen).toHaveLength(1);
    expect(rijen[0].entiteit_id).toBe(String(anna.id));
    expect(JSON.parse(rijen[0].na)).toMatchObject({ periode: "2026-W48", acties: [a.id] });
  });

  it("gebruikt één query voor alle acties, hoeveel ontvangers er ook zijn", () => {
    const tel = (n: number) => {
      for (let i = 0; i < n; i++) {
        const p = maakPersoon(`Veel${i}`);
        maakActie(p.id, { deadline: "2026-11-01" });
        maakActie(p.id, { deadline: "2026-12-01" });
      }
      const prepare = database.sqlite.prepare.bind(database.sqlite);
      let selects = 0;
      database.sqlite.prepare = ((source: string) => {
        if (/^\s*select/i.test(source)) selects++;
        return prepare(source);
      }) as typeof database.sqlite.prepare;
      try {
        runDigest({ now: NU });
      } finally {
        database.sqlite.prepare = prepare;
      }
      return selects;
    };
    const bijDrie = tel(3);
    database.sqlite.prepare("DELETE FROM digest_verzonden").run();
    const bijTien = tel(7);
    expect(bijDrie).toBeGreaterThan(3);
    // Reads outside the per-mail transactions do not grow with the number of people.
    expect(bijTien - 10).toBe(bijDrie - 3);
  });
});
