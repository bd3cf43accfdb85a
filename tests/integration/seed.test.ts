import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { seedDemo } from "../../db/seed";
import { verifyPassword } from "../../app/auth/password.server";
import { DEMO_PASSWORD } from "../helpers/paths";

function telling(tabel: string): number {
  return db.get<{ n: number }>(sql.raw(`select count(*) as n from ${tabel}`)).n;
}

const TABELLEN = ["regio", "gemeente", "organisatie", "gebruiker", "lidmaatschap", "regiovisie", "actielijn", "doelstelling", "uitvoeringsplan", "actie", "voortgang", "audit"];

describe("demodata", () => {
  it("laadt niets opnieuw in een database die al gevuld is", async () => {
    const voor = Object.fromEntries(TABELLEN.map((t) => [t, telling(t)]));
    const uit = await seedDemo(db, { password: DEMO_PASSWORD });
    expect(uit.seeded).toBe(false);
    expect(uit.accounts.map((a) => a.email)).toContain("coordinator@leiden.example");
    expect(Object.fromEntries(TABELLEN.map((t) => [t, telling(t)]))).toEqual(voor);
  });

  it("bevat de drie regio's met al hun gemeenten en gemarkeerde centrumgemeenten", () => {
    const rows = db.all<{ slug: string; gemeenten: number; centrum: number }>(sql`
      select r.slug, count(g.id) as gemeenten, sum(g.is_centrumgemeente) as centrum
      from regio r join gemeente g on g.regio_id = r.id group by r.id order by r.slug`);
    expect(rows).toEqual([
      { slug: "haaglanden", gemeenten: 9, centrum: 2 },
      { slug: "hollands-midden", gemeenten: 18, centrum: 2 },
      { slug: "zuid-holland-zuid", gemeenten: 12, centrum: 1 },
    ]);
  });

  it("heeft in het plan 2026 van Hollands Midden minstens 40 acties, elke status en elke doelstelling gedekt", () => {
    const plan = sql`(select p.id from uitvoeringsplan p join regiovisie v on v.id = p.visie_id join regio r on r.id = v.regio_id
      where r.slug = 'hollands-midden' and p.jaar = 2026)`;
    expect(db.get<{ n: number }>(sql`select count(*) as n from actie where plan_id = ${plan}`).n).toBeGreaterThanOrEqual(40);
    const statussen = db.all<{ status: string }>(sql`select distinct status from actie where plan_id = ${plan} order by status`);
    expect(statussen.map((s) => s.status)).toEqual(["aandacht", "afgerond", "niet_gestart", "op_schema", "vertraagd", "vervallen"]);
    const zonderActie = db.get<{ n: number }>(sql`
      select count(*) as n from doelstelling d join actielijn l on l.id = d.actielijn_id join regiovisie v on v.id = l.visie_id
      join regio r on r.id = v.regio_id where r.slug = 'hollands-midden' and not exists (
        select 1 from actie_doelstelling ad join actie a on a.id = ad.actie_id where ad.doelstelling_id = d.id and a.plan_id = ${plan})`);
    expect(zonderActie.n).toBe(0);
    const niveaus = db.all<{ niveau: string }>(sql`select distinct niveau from actie where plan_id = ${plan} order by niveau`);
    expect(niveaus.map((n) => n.niveau)).toEqual(["lokaal", "regionaal"]);
  });

  it("heeft voor elke actie een status die gelijk is aan de laatste voortgang", () => {
    const afwijkend = db.get<{ n: number }>(sql`
      select count(*) as n from actie a join voortgang v on v.actie_id = a.id
      where v.id = (select v2.id from voortgang v2 where v2.actie_id = a.id order by v2.datum desc, v2.id desc limit 1)
      and v.status_naar <> a.status`);
    expect(afwijkend.n).toBe(0);
  });

  it("geeft elk demo-account het demowachtwoord, met een eigen hash", async () => {
    const rows = db.all<{ email: string; hash: string }>(sql`select email, password_hash as hash from gebruiker`);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
    for (const row of rows.slice(0, 3)) expect(await verifyPassword(row.hash, DEMO_PASSWORD)).toBe(true);
  });
});
