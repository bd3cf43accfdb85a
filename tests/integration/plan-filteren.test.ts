import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../db";
import { ACTIE_STATUSSEN, actie, actieDoelstelling, type ActieStatus } from "../../db/schema";
import { grensDatum, isNietBijgewerkt, isOverDeadline } from "../../app/domain/acties/status-regels";
import { vandaag as vandaagInNederland } from "../../app/domain/format";
import { STANDAARD_FILTERS } from "../../app/domain/plan/plan-filters";
import { zoekActies } from "../../app/domain/plan/plan-query.server";
import { loader } from "../../app/routes/regio/plan";
import { leesJsonTekst } from "../../app/domain/json-tekst";
import { cookieFor, getRequest, run, testContext } from "../helpers/http";

const een = <T>(query: ReturnType<typeof sql>) => db.get<T>(query);
const alle = <T>(query: ReturnType<typeof sql>) => db.all<T>(query);

interface SeedActie {
  id: number;
  code: string;
  titel: string;
  omschrijving: string | null;
  beoogdResultaat: string | null;
  niveau: "regionaal" | "lokaal";
  gemeenteId: number | null;
  trekkerGemeenteId: number | null;
  trekkerOrganisatieId: number | null;
  eigenaarId: number;
  deadline: string;
  status: ActieStatus;
  aangemaaktOp: string;
  laatsteVoortgang: string | null;
  partnerGemeenten: number[];
  doelstellingen: number[];
  actielijnen: number[];
}

let HM: number;
let PLAN: number;
let COOKIE: string;

/** The facts of the 2026 plan of Hollands Midden, read with plain SQL; the filters are checked against these in JS. */
function seedActies(): SeedActie[] {
  const rijen = alle<any>(sql`
    select a.id, a.code, a.titel, a.omschrijving, a.beoogd_resultaat as beoogdResultaat, a.niveau,
      a.gemeente_id as gemeenteId, a.trekker_gemeente_id as trekkerGemeenteId, a.trekker_organisatie_id as trekkerOrganisatieId,
      a.eigenaar_id as eigenaarId, a.deadline, a.status, a.aangemaakt_op as aangemaaktOp,
      (select max(datum) from voortgang v where v.actie_id = a.id) as laatsteVoortgang,
      (select group_concat(gemeente_id) from actie_partner p where p.actie_id = a.id and gemeente_id is not null) as pg,
      (select group_concat(doelstelling_id) from actie_doelstelling ad where ad.actie_id = a.id) as ds,
      (select group_concat(d.actielijn_id) from actie_doelstelling ad join doelstelling d on d.id = ad.doelstelling_id where ad.actie_id = a.id) as al
    from actie a where a.plan_id = ${PLAN}`);
  const lijst = (s: string | null) => (s ? s.split(",").map(Number) : []);
  return rijen.map(({ pg, ds, al, ...r }) => ({ ...r, partnerGemeenten: lijst(pg), doelstellingen: lijst(ds), actielijnen: lijst(al) }));
}

async function filter(query: string, email?: string) {
  const uit = await run(() =>
    loader({
      request: getRequest(`/r/hollands-midden/plannen/2026?${query}`, email ? cookieFor(email) : COOKIE),
      params: { regio: "hollands-midden", jaar: "2026" },
      context: testContext,
    } as any),
  );
  expect(uit.status).toBe(200);
  // The groepen travel as one JSON text (app/domain/json-tekst.ts); read back as the page does.
  const data = { ...(uit.data as any), groepen: leesJsonTekst((uit.data as any).groepen) } as any;
  const ids = new Set<number>([
    ...data.groepen.actielijnen.flatMap((l: any) => l.doelstellingen.flatMap((d: any) => d.acties.map((p: any) => p.actie.id))),
    ...data.groepen.zonderDoelstelling.map((a: any) => a.id),
  ]);
  expect(data.aantalGevonden).toBe(ids.size);
  return { data, ids };
}

const idsVan = (acties: SeedActie[]) => new Set(acties.map((a) => a.id));
const gemeente = (naam: string) => een<{ id: number }>(sql`select id from gemeente where regio_id = ${HM} and naam = ${naam}`).id;
const organisatie = (naam: string) => een<{ id: number }>(sql`select id from organisatie where regio_id = ${HM} and naam = ${naam}`).id;
const gebruiker = (email: string) => een<{ id: number }>(sql`select id from gebruiker where email = ${email}`).id;
const vandaag = () => vandaagInNederland();
const weken = () => een<{ n: number }>(sql`select niet_bijgewerkt_weken as n from regio where id = ${HM}`).n;

beforeEach(() => {
  HM = een<{ id: number }>(sql`select id from regio where slug = 'hollands-midden'`).id;
  PLAN = een<{ id: number }>(sql`
    select p.id from uitvoeringsplan p join regiovisie v on v.id = p.visie_id where v.regio_id = ${HM} and p.jaar = 2026`).id;
  COOKIE = cookieFor("wethouder@leiden.example");
});

describe("elk filter apart", () => {
  it("filtert op actielijn: acties met een doelstelling onder die actielijn", async () => {
    const lijn = een<{ id: number }>(sql`select l.id from actielijn l join uitvoeringsplan p on p.visie_id = l.visie_id where p.id = ${PLAN} and l.code = '2'`).id;
    const { data, ids } = await filter(`actielijn=${lijn}`);
    const verwacht = seedActies().filter((a) => a.actielijnen.includes(lijn));
    expect(verwacht.length).toBeGreaterThan(0);
    expect(ids).toEqual(idsVan(verwacht));
    expect(data.groepen.actielijnen.map((l: any) => l.id)).toEqual([lijn]);
  });

  it("filtert op doelstelling en toont alleen die doelstelling", async () => {
    const doel = een<{ id: number }>(sql`select d.id from doelstelling d join actielijn l on l.id = d.actielijn_id join uitvoeringsplan p on p.visie_id = l.visie_id where p.id = ${PLAN} and d.code = '2.3'`).id;
    const { data, ids } = await filter(`doelstelling=${doel}`);
    expect(ids).toEqual(idsVan(seedActies().filter((a) => a.doelstellingen.includes(doel))));
    expect(data.groepen.actielijnen.flatMap((l: any) => l.doelstellingen.map((d: any) => d.code))).toEqual(["2.3"]);
  });

  it("filtert op één of meer statussen", async () => {
    const { ids: een_ } = await filter("status=aandacht");
    expect(een_).toEqual(idsVan(seedActies().filter((a) => a.status === "aandacht")));
    const { ids: twee } = await filter("status=aandacht&status=vertraagd");
    const verwacht = seedActies().filter((a) => a.status === "aandacht" || a.status === "vertraagd");
    expect(verwacht.length).toBeGreaterThan(een_.size);
    expect(twee).toEqual(idsVan(verwacht));
  });

  it("filtert op een gemeente of een organisatie als trekker", async () => {
    const gouda = gemeente("Gouda");
    const { ids: g } = await filter(`trekker=g:${gouda}`);
    expect(g).toEqual(idsVan(seedActies().filter((a) => a.trekkerGemeenteId === gouda)));
    const vt = organisatie("Veilig Thuis Hollands Midden");
    const { ids: o } = await filter(`trekker=o:${vt}`);
    const verwacht = seedActies().filter((a) => a.trekkerOrganisatieId === vt);
    expect(verwacht.length).toBeGreaterThan(0);
    expect(o).toEqual(idsVan(verwacht));
  });

  it("filtert op eigenaar", async () => {
    const eigenaar = gebruiker("coordinator@gouda.example");
    const { ids } = await filter(`eigenaar=${eigenaar}`);
    const verwacht = seedActies().filter((a) => a.eigenaarId === eigenaar);
    expect(verwacht.length).toBeGreaterThan(0);
    expect(ids).toEqual(idsVan(verwacht));
  });

  it("filtert op niveau", async () => {
    for (const niveau of ["regionaal", "lokaal"] as const) {
      const { ids } = await filter(`niveau=${niveau}`);
      expect(ids).toEqual(idsVan(seedActies().filter((a) => a.niveau === niveau)));
    }
  });

  it("filtert op gemeente: eigen lokale acties en regionale acties waarin zij trekker of partner is", async () => {
    const leiden = gemeente("Leiden");
    const { ids } = await filter(`gemeente=${leiden}`);
    const verwacht = seedActies().filter((a) =>
      a.niveau === "lokaal" ? a.gemeenteId === leiden : a.trekkerGemeenteId === leiden || a.partnerGemeenten.includes(leiden),
    );
    expect(verwacht.some((a) => a.niveau === "lokaal")).toBe(true);
    expect(verwacht.some((a) => a.niveau === "regionaal" && a.trekkerGemeenteId !== leiden)).toBe(true);
    expect(ids).toEqual(idsVan(verwacht));
  });

  it("filtert op deadline vanaf en tot en met (grenzen inbegrepen)", async () => {
    const { ids } = await filter("van=2026-06-30&tot=2026-09-30");
    const verwacht = seedActies().filter((a) => a.deadline >= "2026-06-30" && a.deadline <= "2026-09-30");
    expect(verwacht.some((a) => a.deadline === "2026-06-30")).toBe(true);
    expect(ids).toEqual(idsVan(verwacht));
    const { ids: vanaf } = await filter("van=2027-01-01");
    expect(vanaf).toEqual(idsVan(seedActies().filter((a) => a.deadline >= "2027-01-01")));
  });

  it("filtert op over deadline, in overeenstemming met de statusregels", async () => {
    const { data, ids } = await filter("over-deadline=1");
    const verwacht = seedActies().filter((a) => isOverDeadline(a, vandaag()));
    expect(verwacht.length).toBeGreaterThan(0);
    expect(ids).toEqual(idsVan(verwacht));
    for (const l of data.groepen.actielijnen) for (const d of l.doelstellingen) for (const p of d.acties) expect(p.actie.overDeadline).toBe(true);
  });

  it("filtert op niet bijgewerkt, in overeenstemming met de statusregels", async () => {
    const { ids } = await filter("niet-bijgewerkt=1");
    const verwacht = seedActies().filter((a) => isNietBijgewerkt(a, weken(), vandaag()));
    expect(ids).toEqual(idsVan(verwacht));
  });

  it("zet de signalen op het scherm gelijk aan de statusregels voor elke actie van het plan", async () => {
    const { data } = await filter("");
    const feiten = new Map(seedActies().map((a) => [a.id, a]));
    let signalen = 0;
    for (const l of data.groepen.actielijnen)
      for (const d of l.doelstellingen)
        for (const { actie: a } of d.acties) {
          const f = feiten.get(a.id)!;
          expect(a.overDeadline).toBe(isOverDeadline(f, vandaag()));
          expect(a.nietBijgewerkt).toBe(isNietBijgewerkt(f, weken(), vandaag()));
          if (a.overDeadline || a.nietBijgewerkt) signalen++;
        }
    expect(signalen).toBeGreaterThan(0);
  });

  it("telt een actie die precies op de grens is bijgewerkt niet als niet bijgewerkt, een dag eerder wel", async () => {
    const grens = grensDatum(vandaag(), weken());
    const dagVoorGrens = new Date(`${grens}T12:00:00Z`);
    dagVoorGrens.setUTCDate(dagVoorGrens.getUTCDate() - 1);
    const [opGrens, ervoor] = seedActies().filter((a) => a.status === "niet_gestart" && a.laatsteVoortgang === null);
    db.run(sql`update actie set aangemaakt_op = ${`${grens}T10:00:00.000Z`}, deadline = '2099-12-31' where id = ${opGrens.id}`);
    db.run(sql`update actie set aangemaakt_op = ${`${dagVoorGrens.toISOString().slice(0, 10)}T10:00:00.000Z`}, deadline = '2099-12-31' where id = ${ervoor.id}`);
    const { ids } = await filter("niet-bijgewerkt=1");
    expect(ids.has(opGrens.id)).toBe(false);
    expect(ids.has(ervoor.id)).toBe(true);
  });

  it("zoekt hoofdletterongevoelig in titel, omschrijving, code en beoogd resultaat", async () => {
    const voorbeeld = seedActies().find((a) => a.beoogdResultaat && a.beoogdResultaat.length > 20)!;
    const woord = voorbeeld.beoogdResultaat!.split(/\s+/).find((w) => w.length >= 6)!.replace(/[^\p{L}]/gu, "");
    const { ids } = await filter(`q=${encodeURIComponent(woord.toUpperCase())}`);
    const bevat = (t: string | null) => (t ?? "").toLowerCase().includes(woord.toLowerCase());
    const verwacht = seedActies().filter((a) => bevat(a.titel) || bevat(a.omschrijving) || bevat(a.code) || bevat(a.beoogdResultaat));
    expect(ids.has(voorbeeld.id)).toBe(true);
    expect(ids).toEqual(idsVan(verwacht));

    const { ids: opCode } = await filter("q=2.3-0");
    expect(opCode).toEqual(idsVan(seedActies().filter((a) => a.code.includes("2.3-0"))));
  });

  it("behandelt % en _ in de zoektekst als gewone tekens", async () => {
    const doel = een<{ id: number }>(sql`select doelstelling_id as id from actie_doelstelling ad join actie a on a.id = ad.actie_id where a.plan_id = ${PLAN} limit 1`).id;
    const basis = seedActies()[0];
    const { id } = db
      .insert(actie)
      .values({ planId: PLAN, code: "9.9-01", titel: "Bereik 100%_zeker", niveau: "regionaal", eigenaarId: basis.eigenaarId, trekkerGemeenteId: basis.trekkerGemeenteId, deadline: "2026-12-31" })
      .returning({ id: actie.id })
      .get();
    db.insert(actieDoelstelling).values({ actieId: id, doelstellingId: doel }).run();
    const bevat = (teken: string) =>
      idsVan(seedActies().filter((a) => [a.titel, a.omschrijving, a.code, a.beoogdResultaat].some((t) => t?.includes(teken))));
    expect(bevat("%").size).toBeLessThan(seedActies().length - 1);
    expect((await filter("q=%25")).ids).toEqual(bevat("%"));
    expect((await filter("q=_")).ids).toEqual(bevat("_"));
    expect(bevat("_")).toEqual(new Set([id]));
    expect((await filter("q=100%25_z")).ids).toEqual(new Set([id]));
    expect((await filter("q=100x")).ids.size).toBe(0);
  });
});

describe("filters gecombineerd", () => {
  it("combineert status en gemeente", async () => {
    const leiden = gemeente("Leiden");
    const { ids } = await filter(`gemeente=${leiden}&status=op_schema`);
    const verwacht = seedActies().filter(
      (a) =>
        a.status === "op_schema" &&
        (a.niveau === "lokaal" ? a.gemeenteId === leiden : a.trekkerGemeenteId === leiden || a.partnerGemeenten.includes(leiden)),
    );
    expect(verwacht.length).toBeGreaterThan(0);
    expect(ids).toEqual(idsVan(verwacht));
  });

  it("combineert niveau, trekker en deadline", async () => {
    const gouda = gemeente("Gouda");
    const { ids } = await filter(`niveau=lokaal&trekker=g:${gouda}&tot=2026-12-15`);
    const verwacht = seedActies().filter((a) => a.niveau === "lokaal" && a.trekkerGemeenteId === gouda && a.deadline <= "2026-12-15");
    expect(verwacht.length).toBeGreaterThan(0);
    expect(ids).toEqual(idsVan(verwacht));
  });

  it("combineert over deadline met eigenaar", async () => {
    const eigenaar = gebruiker("coordinator@leiden.example");
    const { ids } = await filter(`over-deadline=1&eigenaar=${eigenaar}`);
    expect(ids).toEqual(idsVan(seedActies().filter((a) => a.eigenaarId === eigenaar && isOverDeadline(a, vandaag()))));
  });

  it("telt in de stand alleen de gefilterde acties", async () => {
    const { data } = await filter("status=op_schema&niveau=regionaal");
    const verwacht = seedActies().filter((a) => a.status === "op_schema" && a.niveau === "regionaal");
    expect(data.totalen.totaal.totaal).toBe(verwacht.length);
    expect(data.totalen.totaal.perStatus.op_schema).toBe(verwacht.length);
    expect(data.totalen.totaal.perStatus.afgerond).toBe(0);
    expect(data.gefilterd).toBe(true);
  });

  it("telt met een actielijnfilter alleen die actielijn in de stand, ook voor acties die ook onder een andere vallen", async () => {
    const lijn = een<{ id: number }>(sql`select l.id from actielijn l join uitvoeringsplan p on p.visie_id = l.visie_id where p.id = ${PLAN} and l.code = '2'`).id;
    const { data } = await filter(`actielijn=${lijn}`);
    const verwacht = seedActies().filter((a) => a.actielijnen.includes(lijn));
    expect(verwacht.some((a) => new Set(a.actielijnen).size > 1)).toBe(true);
    for (const rij of data.totalen.rijen) {
      const acties = rij.id === lijn ? verwacht : [];
      for (const s of ACTIE_STATUSSEN) expect(rij.perStatus[s], `${rij.code} ${s}`).toBe(acties.filter((a) => a.status === s).length);
      expect(rij.totaal).toBe(acties.length);
    }
    expect(data.totalen.totaal.totaal).toBe(verwacht.length);
  });

  it("telt met een doelstellingfilter alleen de actielijn van die doelstelling", async () => {
    const doel = een<{ id: number; actielijn: number }>(sql`select d.id, d.actielijn_id as actielijn from doelstelling d join actielijn l on l.id = d.actielijn_id join uitvoeringsplan p on p.visie_id = l.visie_id where p.id = ${PLAN} and d.code = '2.3'`);
    const { data } = await filter(`doelstelling=${doel.id}`);
    const verwacht = seedActies().filter((a) => a.doelstellingen.includes(doel.id));
    for (const rij of data.totalen.rijen) expect(rij.totaal, rij.code).toBe(rij.id === doel.actielijn ? verwacht.length : 0);
  });

  it("meldt een lege uitkomst en laat geen lege doelstellingen zien", async () => {
    const { data, ids } = await filter("status=afgerond&niveau=lokaal&q=bestaat-zeker-niet");
    expect(ids.size).toBe(0);
    expect(data.aantalGevonden).toBe(0);
    expect(data.plan.aantalActies).toBe(seedActies().length);
    expect(data.groepen.actielijnen).toEqual([]);
  });
});

describe("ongeldige filters", () => {
  it("negeert ongeldige waarden met een melding en toont dan alle acties", async () => {
    const { data, ids } = await filter("status=onzin&actielijn=abc&trekker=x:1&van=2026-13-45&over-deadline=ja&sort=prijs&richting=omhoog&eigenaar=-3");
    expect(new Set(data.ongeldig)).toEqual(new Set(["status", "actielijn", "trekker", "van", "overDeadline", "sort", "richting", "eigenaar"]));
    expect(ids).toEqual(idsVan(seedActies()));
  });

  it("behandelt ids van een andere regio als onbekend: melding, en niets van die regio zichtbaar", async () => {
    const andere = (tabel: "gemeente" | "organisatie") =>
      een<{ id: number }>(sql.raw(`select id from ${tabel} where regio_id <> ${HM} limit 1`)).id;
    const vreemd = await filter(`gemeente=${andere("gemeente")}&trekker=o:${andere("organisatie")}`);
    const onbekend = await filter("gemeente=999999&trekker=o:999999");
    expect(vreemd.data.ongeldig).toEqual(["gemeente", "trekker"]);
    expect(onbekend.data.ongeldig).toEqual(vreemd.data.ongeldig);
    expect(vreemd.ids).toEqual(idsVan(seedActies()));
    const namen = JSON.stringify(vreemd.data.keuzes);
    const andereNamen = alle<{ naam: string }>(sql`select naam from gemeente where regio_id <> ${HM} union select naam from organisatie where regio_id <> ${HM}`);
    for (const { naam } of andereNamen) {
      if (!namen.includes(`"${naam}"`)) continue;
      // Names may coincide (e.g. "Politie"); then the id on offer must still be our own.
      const eigen = alle<{ id: number }>(sql`select id from gemeente where regio_id = ${HM} and naam = ${naam} union select id from organisatie where regio_id = ${HM} and naam = ${naam}`);
      expect(eigen.length).toBeGreaterThan(0);
    }
  });

  it("weigert een doelstelling of actielijn van een andere visie", async () => {
    const vreemd = een<{ id: number }>(sql`
      select d.id from doelstelling d join actielijn l on l.id = d.actielijn_id join regiovisie v on v.id = l.visie_id where v.regio_id <> ${HM} limit 1`).id;
    const { data, ids } = await filter(`doelstelling=${vreemd}`);
    expect(data.ongeldig).toEqual(["doelstelling"]);
    expect(ids.size).toBe(seedActies().length);
  });
});

describe("sorteren", () => {
  const sorteer = (sort: string, richting: "op" | "af") =>
    zoekActies(HM, PLAN, { ...STANDAARD_FILTERS, sort: sort as any, richting }, { vandaag: vandaag(), grens: grensDatum(vandaag(), weken()) });

  it("sorteert standaard op code", async () => {
    const codes = sorteer("code", "op").map((a) => a.code);
    expect(codes).toEqual([...codes].sort());
    expect(sorteer("code", "af").map((a) => a.code)).toEqual([...codes].reverse());
  });

  it("sorteert op deadline, oplopend en aflopend, met de code als tweede sleutel", async () => {
    const op = sorteer("deadline", "op");
    for (let i = 1; i < op.length; i++) {
      expect(op[i - 1].deadline <= op[i].deadline).toBe(true);
      if (op[i - 1].deadline === op[i].deadline) expect(op[i - 1].code < op[i].code).toBe(true);
    }
    const af = sorteer("deadline", "af");
    for (let i = 1; i < af.length; i++) expect(af[i - 1].deadline >= af[i].deadline).toBe(true);
  });

  it("sorteert op status in de vaste volgorde van de statussen", async () => {
    const rang = (s: ActieStatus) => ACTIE_STATUSSEN.indexOf(s);
    const op = sorteer("status", "op").map((a) => rang(a.status));
    expect(op).toEqual([...op].sort((a, b) => a - b));
    expect(new Set(op).size).toBeGreaterThan(2);
  });

  it("sorteert op laatste voortgang met acties zonder voortgang eerst", async () => {
    const op = sorteer("laatste-voortgang", "op").map((a) => a.laatsteVoortgang);
    expect(op[0]).toBeNull();
    const metDatum = op.filter((d): d is string => d !== null);
    expect(metDatum).toEqual([...metDatum].sort());
    expect(op.indexOf(metDatum[0])).toBe(op.filter((d) => d === null).length);
  });

  it("sorteert op titel zonder op hoofdletters te letten", async () => {
    const titels = sorteer("titel", "op").map((a) => a.titel.toLowerCase());
    expect(titels).toEqual([...titels].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("houdt de gekozen volgorde aan binnen elke doelstelling op de pagina", async () => {
    const { data } = await filter("sort=deadline&richting=af");
    expect(data.filters.sort).toBe("deadline");
    for (const l of data.groepen.actielijnen)
      for (const d of l.doelstellingen) {
        const deadlines = d.acties.map((p: any) => p.actie.deadline);
        expect(deadlines).toEqual([...deadlines].sort().reverse());
      }
  });
});
