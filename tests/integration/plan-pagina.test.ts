import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as database from "../../db";
import { db } from "../../db";
import { actie, actieDoelstelling, actiePartner, audit, uitvoeringsplan, voortgang, ACTIE_STATUSSEN } from "../../db/schema";
import { loader } from "../../app/routes/regio/plan";
import { leesJsonTekst, type JsonTekst } from "../../app/domain/json-tekst";
import { cookieFor, getRequest, run, testContext } from "../helpers/http";
import { telQueries } from "../helpers/queries-tellen";

function openPlan(jaar: string, email?: string, query = "", regio = "hollands-midden") {
  return run(() =>
    loader({
      request: getRequest(`/r/${regio}/plannen/${jaar}${query}`, email ? cookieFor(email) : undefined),
      params: { regio, jaar },
      context: testContext,
    } as any),
  ).then(metGroepen);
}

/** The groepen travel as one JSON text (app/domain/json-tekst.ts); read back as the page does. */
function metGroepen<U extends { data?: unknown }>(uit: U): U {
  const data = uit.data as { groepen?: JsonTekst<unknown> } | undefined;
  return data?.groepen === undefined ? uit : { ...uit, data: { ...data, groepen: leesJsonTekst(data.groepen) } };
}

const een = <T>(query: ReturnType<typeof sql>) => db.get<T>(query);
const alle = <T>(query: ReturnType<typeof sql>) => db.all<T>(query);

function planId(jaar: number, regio = "hollands-midden"): number {
  return een<{ id: number }>(sql`
    select p.id from uitvoeringsplan p join regiovisie v on v.id = p.visie_id join regio r on r.id = v.regio_id
    where r.slug = ${regio} and p.jaar = ${jaar}`).id;
}

function gebruikerId(email: string): number {
  return een<{ id: number }>(sql`select id from gebruiker where email = ${email}`).id;
}

/** Every placement of an actie on the page, in page order. */
function plaatsingen(data: any): { actie: any; ookOnder: string[]; eerste: boolean; doelstelling: string }[] {
  return data.groepen.actielijnen.flatMap((l: any) =>
    l.doelstellingen.flatMap((d: any) => d.acties.map((p: any) => ({ ...p, doelstelling: d.code }))),
  );
}

function actieIds(data: any): Set<number> {
  return new Set([...plaatsingen(data).map((p) => p.actie.id), ...data.groepen.zonderDoelstelling.map((a: any) => a.id)]);
}

describe("toegang tot de planpagina", () => {
  it("toont het plan aan elke rol in de regio, ook aan de lezer", async () => {
    for (const email of ["beheerder@demo.example", "beleid@voorschoten.example", "partner@veiligthuis.example", "wethouder@leiden.example"]) {
      expect((await openPlan("2026", email)).status).toBe(200);
    }
  });

  it("geeft een gebruiker van Haaglanden 403 en legt de weigering vast", async () => {
    const uit = await openPlan("2026", "coordinator@denhaag.example");
    expect(uit.status).toBe(403);
    const geweigerd = alle<{ actie: string }>(sql`select actie from audit where resultaat = 'geweigerd'`);
    expect(geweigerd.map((r) => r.actie)).toEqual(["regio.bekijken"]);
  });

  it("stuurt een anonieme bezoeker naar inloggen, met de weg terug inclusief filters", async () => {
    const uit = await openPlan("2026", undefined, "?status=aandacht");
    expect(uit.status).toBe(302);
    expect(uit.location).toBe(`/login?redirectTo=${encodeURIComponent("/r/hollands-midden/plannen/2026?status=aandacht")}`);
  });

  it("geeft 404 voor een jaar zonder plan en voor een jaar dat geen jaar is", async () => {
    expect((await openPlan("2030", "coordinator@leiden.example")).status).toBe(404);
    expect((await openPlan("twintig", "coordinator@leiden.example")).status).toBe(404);
    expect((await openPlan("2026.5", "coordinator@leiden.example")).status).toBe(404);
  });

  it("geeft 404 voor een jaar waarvan alleen een andere regio een plan heeft", async () => {
    const zhzJaar = een<{ jaar: number }>(sql`
      select p.jaar from uitvoeringsplan p join regiovisie v on v.id = p.visie_id join regio r on r.id = v.regio_id
      where r.slug = 'zuid-holland-zuid'`).jaar;
    expect((await openPlan(String(zhzJaar), "beheerder@demo.example", "", "zuid-holland-zuid")).status).toBe(200);
    expect((await openPlan(String(zhzJaar), "beheerder@demo.example")).status).toBe(404);
  });

  it("verandert niets in de database bij het openen (ook niet met filters)", async () => {
    const voor = een<{ n: number }>(sql`select (select count(*) from actie) + (select count(*) from voortgang) + (select count(*) from audit) as n`).n;
    await openPlan("2026", "beleid@voorschoten.example", "?status=aandacht&over-deadline=1&q=test");
    const na = een<{ n: number }>(sql`select (select count(*) from actie) + (select count(*) from voortgang) + (select count(*) from audit) as n`).n;
    expect(na).toBe(voor);
  });
});

describe("inhoud van de planpagina", () => {
  it("toont de kop van het plan: jaar, status, vaststelling en besluit", async () => {
    const { data } = (await openPlan("2025", "wethouder@leiden.example")) as any;
    const rij = een<any>(sql`select jaar, status, vastgesteld_op, besluit from uitvoeringsplan where id = ${planId(2025)}`);
    expect(data.plan).toMatchObject({ jaar: 2025, status: rij.status, vastgesteldOp: rij.vastgesteld_op, besluit: rij.besluit });
    expect(data.plan.status).toBe("vastgesteld");
  });

  it("toont zonder filters alle acties van het plan, elk minstens één keer", async () => {
    const { data } = (await openPlan("2026", "wethouder@leiden.example")) as any;
    const verwacht = alle<{ id: number }>(sql`select id from actie where plan_id = ${planId(2026)}`).map((r) => r.id);
    expect(data.plan.aantalActies).toBe(verwacht.length);
    expect(data.aantalGevonden).toBe(verwacht.length);
    expect(actieIds(data)).toEqual(new Set(verwacht));
    expect(data.ongeldig).toEqual([]);
  });

  it("toont een actie met twee doelstellingen onder beide, met een verwijzing naar de andere", async () => {
    const { data } = (await openPlan("2026", "wethouder@leiden.example")) as any;
    const dubbel = alle<{ actie_id: number; codes: string }>(sql`
      select ad.actie_id, group_concat(d.code) as codes from actie_doelstelling ad
      join doelstelling d on d.id = ad.doelstelling_id join actie a on a.id = ad.actie_id
      where a.plan_id = ${planId(2026)} group by ad.actie_id having count(*) = 2`);
    expect(dubbel.length).toBeGreaterThan(0);
    for (const { actie_id, codes } of dubbel) {
      const [a, b] = codes.split(",");
      const hier = plaatsingen(data).filter((p) => p.actie.id === actie_id);
      expect(hier.map((p) => p.doelstelling).sort()).toEqual([a, b].sort());
      for (const p of hier) expect(p.ookOnder).toEqual([p.doelstelling === a ? b : a]);
      // Only the first appearance carries the inline voortgang form, so no element id appears twice.
      expect(hier.filter((p) => p.eerste)).toHaveLength(1);
    }
  });

  it("toont per actie niveau, trekker, eigenaar en partners bij naam", async () => {
    const { data } = (await openPlan("2026", "wethouder@leiden.example")) as any;
    const rijen = alle<any>(sql`
      select a.id, a.niveau, lg.naam as gemeente, coalesce(tg.naam, o.naam) as trekker, g.naam as eigenaar,
        (select group_concat(coalesce(pg.naam, po.naam), '|') from actie_partner ap
           left join gemeente pg on pg.id = ap.gemeente_id left join organisatie po on po.id = ap.organisatie_id
           where ap.actie_id = a.id order by ap.id) as partners
      from actie a join gebruiker g on g.id = a.eigenaar_id
      left join gemeente lg on lg.id = a.gemeente_id left join gemeente tg on tg.id = a.trekker_gemeente_id
      left join organisatie o on o.id = a.trekker_organisatie_id
      where a.plan_id = ${planId(2026)}`);
    const opPagina = new Map(plaatsingen(data).map((p) => [p.actie.id, p.actie]));
    for (const r of rijen) {
      const a = opPagina.get(r.id);
      expect(a).toMatchObject({ niveau: r.niveau, gemeente: r.gemeente, trekker: r.trekker, eigenaar: r.eigenaar });
      expect([...a.partners].sort()).toEqual(r.partners ? r.partners.split("|").sort() : []);
    }
  });

  it("telt de acties per status per actielijn in overeenstemming met de database", async () => {
    const { data } = (await openPlan("2026", "wethouder@leiden.example")) as any;
    const perLijn = alle<{ code: string; status: string; n: number }>(sql`
      select l.code, a.status, count(distinct a.id) as n from actie a
      join actie_doelstelling ad on ad.actie_id = a.id join doelstelling d on d.id = ad.doelstelling_id
      join actielijn l on l.id = d.actielijn_id where a.plan_id = ${planId(2026)} group by l.code, a.status`);
    for (const rij of data.totalen.rijen) {
      for (const s of ACTIE_STATUSSEN) {
        expect(rij.perStatus[s]).toBe(perLijn.find((p) => p.code === rij.code && p.status === s)?.n ?? 0);
      }
    }
    const totaal = alle<{ status: string; n: number }>(sql`select status, count(*) as n from actie where plan_id = ${planId(2026)} group by status`);
    for (const s of ACTIE_STATUSSEN) expect(data.totalen.totaal.perStatus[s]).toBe(totaal.find((t) => t.status === s)?.n ?? 0);
    expect(data.totalen.totaal.totaal).toBe(data.plan.aantalActies);
  });

  it("toont de datum van de laatste voortgang per actie", async () => {
    const { data } = (await openPlan("2026", "wethouder@leiden.example")) as any;
    const laatste = new Map(
      alle<{ id: number; lv: string | null }>(sql`
        select a.id, max(v.datum) as lv from actie a left join voortgang v on v.actie_id = a.id
        where a.plan_id = ${planId(2026)} group by a.id`).map((r) => [r.id, r.lv]),
    );
    for (const { actie: a } of plaatsingen(data)) expect(a.laatsteVoortgang).toBe(laatste.get(a.id));
    expect([...laatste.values()]).toContain(null);
  });

  it("toont een plan zonder acties met een lege stand", async () => {
    const visieId = een<{ visie_id: number }>(sql`select visie_id from uitvoeringsplan where id = ${planId(2026)}`).visie_id;
    db.insert(uitvoeringsplan).values({ visieId, jaar: 2027, status: "concept" }).run();
    const { status, data } = (await openPlan("2027", "coordinator@leiden.example")) as any;
    expect(status).toBe(200);
    expect(data.aantalGevonden).toBe(0);
    expect(data.totalen.totaal.totaal).toBe(0);
    expect(data.gefilterd).toBe(false);
  });
});

describe("rechten op de planpagina", () => {
  it("toont 'Nieuwe actie' aan coördinatoren, de beheerder en gemeentelijke gebruikers, niet aan partner en lezer", async () => {
    const verwacht: Record<string, boolean> = {
      "beheerder@demo.example": true,
      "coordinator@gouda.example": true,
      "beleid@voorschoten.example": true,
      "procesregisseur@voorschoten.example": true,
      "partner@veiligthuis.example": false,
      "wethouder@leiden.example": false,
    };
    for (const [email, mag] of Object.entries(verwacht)) {
      expect(((await openPlan("2026", email)).data as any).magActiesMaken, email).toBe(mag);
    }
  });

  it("laat een gemeente alleen de voortgang bijwerken van eigen acties en acties van de eigen gemeente", async () => {
    const { data } = (await openPlan("2026", "beleid@voorschoten.example")) as any;
    const voorschoten = een<{ id: number }>(sql`select id from gemeente where naam = 'Voorschoten'`).id;
    const eigen = gebruikerId("beleid@voorschoten.example");
    const mag = new Set(
      alle<{ id: number }>(sql`
        select id from actie where plan_id = ${planId(2026)}
        and (eigenaar_id = ${eigen} or gemeente_id = ${voorschoten} or trekker_gemeente_id = ${voorschoten})`).map((r) => r.id),
    );
    expect(mag.size).toBeGreaterThan(0);
    for (const { actie: a } of plaatsingen(data)) expect(a.magBijwerken, a.code).toBe(mag.has(a.id));
  });

  it("laat de partner alleen de acties bijwerken waarvan de eigen organisatie trekker is of die van hemzelf zijn", async () => {
    const { data } = (await openPlan("2026", "partner@veiligthuis.example")) as any;
    const vt = een<{ id: number }>(sql`select id from organisatie where naam = 'Veilig Thuis Hollands Midden'`).id;
    const eigen = gebruikerId("partner@veiligthuis.example");
    const mag = new Set(
      alle<{ id: number }>(sql`
        select id from actie where plan_id = ${planId(2026)} and (eigenaar_id = ${eigen} or trekker_organisatie_id = ${vt})`).map((r) => r.id),
    );
    for (const { actie: a } of plaatsingen(data)) expect(a.magBijwerken, a.code).toBe(mag.has(a.id));
  });

  it("laat de lezer niets bijwerken en de coördinator alles", async () => {
    const lezer = (await openPlan("2026", "wethouder@leiden.example")).data as any;
    expect(plaatsingen(lezer).some((p) => p.actie.magBijwerken)).toBe(false);
    const coordinator = (await openPlan("2026", "coordinator@gouda.example")).data as any;
    expect(plaatsingen(coordinator).every((p) => p.actie.magBijwerken)).toBe(true);
  });
});

describe("aantal queries van de planpagina", () => {
  function voegActiesToe(planIdNieuw: number, aantal: number, vanaf: number) {
    const doelstellingen = alle<{ id: number }>(sql`
      select d.id from doelstelling d join actielijn l on l.id = d.actielijn_id
      join uitvoeringsplan p on p.visie_id = l.visie_id where p.id = ${planIdNieuw}`).map((r) => r.id);
    const gemeenten = alle<{ id: number }>(sql`select id from gemeente where regio_id = (select id from regio where slug = 'hollands-midden')`).map((r) => r.id);
    const eigenaar = gebruikerId("coordinator@leiden.example");
    database.writeTransaction((tx) => {
      for (let i = vanaf; i < vanaf + aantal; i++) {
        const { id } = tx
          .insert(actie)
          .values({
            planId: planIdNieuw,
            code: `9.9-${String(i).padStart(3, "0")}`,
            titel: `Extra actie ${i}`,
            niveau: i % 2 ? "lokaal" : "regionaal",
            gemeenteId: i % 2 ? gemeenten[i % gemeenten.length] : null,
            eigenaarId: eigenaar,
            trekkerGemeenteId: gemeenten[(i + 1) % gemeenten.length],
            deadline: "2027-06-30",
          })
          .returning({ id: actie.id })
          .get();
        tx.insert(actieDoelstelling).values({ actieId: id, doelstellingId: doelstellingen[i % doelstellingen.length] }).run();
        tx.insert(actieDoelstelling).values({ actieId: id, doelstellingId: doelstellingen[(i + 3) % doelstellingen.length] }).run();
        tx.insert(actiePartner).values({ actieId: id, gemeenteId: gemeenten[(i + 2) % gemeenten.length] }).run();
        tx.insert(voortgang).values({ actieId: id, auteurId: eigenaar, datum: "2027-01-15", statusVan: "niet_gestart", statusNaar: "op_schema" }).run();
      }
    });
  }

  it("doet evenveel queries voor 10 als voor 300 acties", async () => {
    const visieId = een<{ visie_id: number }>(sql`select visie_id from uitvoeringsplan where id = ${planId(2026)}`).visie_id;
    const { id: nieuwPlan } = db.insert(uitvoeringsplan).values({ visieId, jaar: 2027, status: "concept" }).returning({ id: uitvoeringsplan.id }).get();
    voegActiesToe(nieuwPlan, 10, 0);
    const cookie = cookieFor("beleid@voorschoten.example");
    const tel = async () => {
      let uit: any;
      const aantal = await telQueries(async () => {
        uit = await run(() =>
          loader({ request: getRequest("/r/hollands-midden/plannen/2027?sort=laatste-voortgang", cookie), params: { regio: "hollands-midden", jaar: "2027" }, context: testContext } as any),
        );
      });
      return { aantal, data: metGroepen(uit).data as any };
    };

    await tel(); // warm-up: the first request may refresh the session
    const klein = await tel();
    voegActiesToe(nieuwPlan, 290, 10);
    const groot = await tel();

    expect(klein.data.aantalGevonden).toBe(10);
    expect(groot.data.aantalGevonden).toBe(300);
    expect(groot.aantal).toBe(klein.aantal);
    expect(klein.aantal).toBeLessThanOrEqual(14);
  });
});

describe("auditlog", () => {
  it("schrijft niets bij het lezen van een plan", async () => {
    const voor = db.select({ n: sql<number>`count(*)` }).from(audit).get()!.n;
    await openPlan("2026", "coordinator@leiden.example", "?q=netwerk");
    expect(db.select({ n: sql<number>`count(*)` }).from(audit).get()!.n).toBe(voor);
  });
});
