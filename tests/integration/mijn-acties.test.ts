import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { isNietBijgewerkt, isOverDeadline } from "../../app/domain/acties/status-regels";
import { formatDatum, vandaag as vandaagInNederland } from "../../app/domain/format";
import { URGENTIE_GROEPEN } from "../../app/domain/plan/mijn-acties-urgentie";
import { laadMijnActies } from "../../app/domain/plan/mijn-acties.server";
import { loader } from "../../app/routes/regio/mijn-acties";
import { cookieFor, getRequest, run, testContext } from "../helpers/http";

const een = <T>(query: ReturnType<typeof sql>) => db.get<T>(query);
const alle = <T>(query: ReturnType<typeof sql>) => db.all<T>(query);

async function mijnActies(email?: string, regio = "hollands-midden") {
  return run(() =>
    loader({ request: getRequest(`/r/${regio}/mijn-acties`, email ? cookieFor(email) : undefined), params: { regio }, context: testContext } as any),
  );
}

const gebruiker = (email: string) => een<{ id: number }>(sql`select id from gebruiker where email = ${email}`).id;

/** The running plan(s) of Hollands Midden, decided from the plan years in the database. */
function lopendePlanIds(): number[] {
  const jaar = Number(vandaagInNederland().slice(0, 4));
  const plannen = alle<{ id: number; jaar: number }>(sql`
    select p.id, p.jaar from uitvoeringsplan p join regiovisie v on v.id = p.visie_id join regio r on r.id = v.regio_id
    where r.slug = 'hollands-midden' order by p.jaar desc`);
  const vanafNu = plannen.filter((p) => p.jaar >= jaar);
  if (!vanafNu.some((p) => p.jaar === jaar)) vanafNu.push(plannen.find((p) => p.jaar < jaar)!);
  return vanafNu.map((p) => p.id);
}

function verwachteIds(waar: ReturnType<typeof sql>): Set<number> {
  const plannen = sql.join(lopendePlanIds().map((id) => sql`${id}`), sql`, `);
  return new Set(alle<{ id: number }>(sql`select id from actie where plan_id in (${plannen}) and (${waar})`).map((r) => r.id));
}

describe("mijn acties: wie ziet wat", () => {
  it("toont de gemeente Voorschoten haar lokale acties, acties met Voorschoten als trekker en eigen acties", async () => {
    const { status, data } = (await mijnActies("beleid@voorschoten.example")) as any;
    expect(status).toBe(200);
    const voorschoten = een<{ id: number }>(sql`select id from gemeente where naam = 'Voorschoten'`).id;
    const ik = gebruiker("beleid@voorschoten.example");
    const lokaal = verwachteIds(sql`niveau = 'lokaal' and gemeente_id = ${voorschoten}`);
    const ids = new Set<number>(data.mijn.acties.map((a: any) => a.id));
    expect(lokaal.size).toBeGreaterThan(0);
    for (const id of lokaal) expect(ids.has(id)).toBe(true);
    expect(ids).toEqual(verwachteIds(sql`gemeente_id = ${voorschoten} or trekker_gemeente_id = ${voorschoten} or eigenaar_id = ${ik}`));
    // A regional actie led by Voorschoten but owned by someone else is there too.
    const regionaal = verwachteIds(sql`niveau = 'regionaal' and trekker_gemeente_id = ${voorschoten} and eigenaar_id <> ${ik}`);
    expect(regionaal.size).toBeGreaterThan(0);
    for (const id of regionaal) expect(ids.has(id)).toBe(true);
    expect(data.mijn.soort).toBe("gemeente");
    expect(data.namens).toBe("Voorschoten");
  });

  it("toont de partner de acties waarvan Veilig Thuis trekker is en de eigen acties", async () => {
    const { data } = (await mijnActies("partner@veiligthuis.example")) as any;
    const vt = een<{ id: number }>(sql`select id from organisatie where naam = 'Veilig Thuis Hollands Midden'`).id;
    const verwacht = verwachteIds(sql`trekker_organisatie_id = ${vt} or eigenaar_id = ${gebruiker("partner@veiligthuis.example")}`);
    expect(verwacht.size).toBeGreaterThan(0);
    expect(new Set(data.mijn.acties.map((a: any) => a.id))).toEqual(verwacht);
    expect(data.mijn.soort).toBe("partner");
  });

  it("toont een coördinator alleen de acties waarvan hij eigenaar is", async () => {
    const { data } = (await mijnActies("coordinator@gouda.example")) as any;
    const verwacht = verwachteIds(sql`eigenaar_id = ${gebruiker("coordinator@gouda.example")}`);
    expect(verwacht.size).toBeGreaterThan(0);
    expect(new Set(data.mijn.acties.map((a: any) => a.id))).toEqual(verwacht);
    expect(data.mijn.soort).toBe("coordinator");
    expect(data.mijn.acties.every((a: any) => a.isEigenaar)).toBe(true);
  });

  it("legt de lezer uit dat er niets bij te werken is", async () => {
    const { status, data } = (await mijnActies("wethouder@leiden.example")) as any;
    expect(status).toBe(200);
    expect(data.mijn).toBeNull();
  });

  it("toont een lege lijst aan wie in de regio niets heeft", async () => {
    const { status, data } = (await mijnActies("coordinator@denhaag.example", "haaglanden")) as any;
    expect(status).toBe(200);
    expect(data.mijn.acties).toEqual([]);
  });

  it("toont alleen acties van de eigen regio, ook aan de beheerder", async () => {
    const beheerder = gebruiker("beheerder@demo.example");
    const zhz = een<{ id: number }>(sql`
      select a.id from actie a join uitvoeringsplan p on p.id = a.plan_id join regiovisie v on v.id = p.visie_id
      join regio r on r.id = v.regio_id where r.slug = 'zuid-holland-zuid' limit 1`).id;
    db.run(sql`update actie set eigenaar_id = ${beheerder} where id = ${zhz}`);
    const { data } = (await mijnActies("beheerder@demo.example")) as any;
    expect(data.mijn.acties.map((a: any) => a.id)).not.toContain(zhz);
  });

  it("geeft een gebruiker van Haaglanden 403 en stuurt een anonieme bezoeker naar inloggen", async () => {
    expect((await mijnActies("coordinator@denhaag.example")).status).toBe(403);
    const anoniem = await mijnActies();
    expect(anoniem.status).toBe(302);
    expect(anoniem.location).toBe(`/login?redirectTo=${encodeURIComponent("/r/hollands-midden/mijn-acties")}`);
  });
});

describe("mijn acties: volgorde op urgentie", () => {
  it("zet over deadline eerst (oudste deadline eerst), dan niet bijgewerkt, dan binnenkort, dan de rest", async () => {
    const { data } = (await mijnActies("beleid@voorschoten.example")) as any;
    const acties = data.mijn.acties as any[];
    const vandaag = vandaagInNederland();
    const weken = een<{ n: number }>(sql`select niet_bijgewerkt_weken as n from regio where slug = 'hollands-midden'`).n;
    const over = (a: any) => isOverDeadline(a, vandaag);
    const nietBij = (a: any) => isNietBijgewerkt(a, weken, vandaag);

    for (const a of acties) {
      if (over(a)) expect(a.groep).toBe("over_deadline");
      else if (nietBij(a)) expect(a.groep).toBe("niet_bijgewerkt");
    }
    const rangen = acties.map((a) => URGENTIE_GROEPEN.indexOf(a.groep));
    expect(rangen).toEqual([...rangen].sort((x, y) => x - y));
    for (let i = 1; i < acties.length; i++) {
      if (acties[i - 1].groep === acties[i].groep) expect(acties[i - 1].deadline <= acties[i].deadline).toBe(true);
    }
  });

  it("zet de reden erbij in woorden", async () => {
    const { data } = (await mijnActies("beleid@voorschoten.example")) as any;
    for (const a of data.mijn.acties) {
      if (a.groep === "over_deadline") expect(a.redenen[0]).toBe(`Deadline verstreken op ${formatDatum(a.deadline)}`);
      if (a.groep === "niet_bijgewerkt") expect(a.redenen[0]).toMatch(/^(Niet bijgewerkt sinds|Nog niet bijgewerkt sinds het aanmaken op) \d+ \w+ \d{4}$/);
      if (a.groep === "binnenkort") expect(a.redenen.at(-1)).toMatch(/^Deadline (vandaag|over \d+ dagen?)$/);
    }
  });

  it("beoordeelt op een vaste dag: verstreken, niet bijgewerkt, binnen zes weken en later", async () => {
    const voorschoten = een<{ id: number }>(sql`select id from gemeente where naam = 'Voorschoten'`).id;
    const [a, b, c, d] = alle<{ id: number }>(sql`
      select id from actie where gemeente_id = ${voorschoten} and plan_id in (${sql.join(lopendePlanIds().map((i) => sql`${i}`), sql`, `)})
      order by id limit 4`).map((r) => r.id);
    const zet = (id: number, deadline: string, status: string, voortgangOp: string | null) => {
      db.run(sql`delete from voortgang where actie_id = ${id}`);
      db.run(sql`update actie set deadline = ${deadline}, status = ${status}, aangemaakt_op = '2026-01-05T09:00:00.000Z' where id = ${id}`);
      if (voortgangOp) {
        db.run(sql`insert into voortgang (actie_id, auteur_id, datum, status_van, status_naar) values (${id}, ${gebruiker("beleid@voorschoten.example")}, ${voortgangOp}, 'niet_gestart', ${status})`);
      }
    };
    zet(a, "2026-03-03", "op_schema", "2026-03-01");
    zet(b, "2026-12-31", "op_schema", null);
    zet(c, "2026-04-12", "op_schema", "2026-03-25");
    zet(d, "2026-09-30", "afgerond", "2026-03-30");

    const user = { id: gebruiker("beleid@voorschoten.example"), naam: "", email: "", sessieId: "", ip: null, rollen: [{ regioId: een<{ id: number }>(sql`select id from regio where slug = 'hollands-midden'`).id, rol: "gemeente" as const, gemeenteId: voorschoten, organisatieId: null, regioSlug: null, regioNaam: null, gemeenteNaam: null, organisatieNaam: null }] };
    const regio = { id: user.rollen[0].regioId, slug: "hollands-midden", naam: "Hollands Midden", isDemo: true, nietBijgewerktWeken: 8 };
    const uit = laadMijnActies(user, regio, new Date("2026-03-31T10:00:00Z"))!;
    const van = (id: number) => uit.acties.find((x) => x.id === id)!;

    expect(van(a)).toMatchObject({ groep: "over_deadline", redenen: ["Deadline verstreken op 3 maart 2026"] });
    expect(van(b)).toMatchObject({ groep: "niet_bijgewerkt", redenen: ["Nog niet bijgewerkt sinds het aanmaken op 5 januari 2026", "Deadline 31 december 2026"] });
    expect(van(c)).toMatchObject({ groep: "binnenkort", redenen: ["Deadline over 12 dagen"] });
    expect(van(d)).toMatchObject({ groep: "afgesloten", redenen: ["Afgerond"] });
    const volgorde = uit.acties.map((x) => x.id).filter((id) => [a, b, c, d].includes(id));
    expect(volgorde).toEqual([a, b, c, d]);
  });
});
