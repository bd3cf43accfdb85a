import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { audit, eenmaligeLink, gebruiker, gemeente, lidmaatschap, organisatie, outbox, regio } from "../../db/schema";
import { findEenmaligeLink } from "../../app/auth/eenmalige-link.server";
import { action } from "../../app/routes/beheer/uitnodigen";
import { cookieFor, postRequest, run, testContext } from "../helpers/http";

const BEHEERDER = "beheerder@demo.example";
const COORDINATOR_HM = "coordinator@leiden.example";

function tel(tabel: typeof gebruiker | typeof lidmaatschap | typeof outbox | typeof eenmaligeLink): number {
  return db.select({ n: sql<number>`count(*)` }).from(tabel).get()!.n;
}

function tellingen() {
  return { gebruiker: tel(gebruiker), lidmaatschap: tel(lidmaatschap), outbox: tel(outbox), link: tel(eenmaligeLink) };
}

function regioId(slug: string): number {
  return db.select({ id: regio.id }).from(regio).where(eq(regio.slug, slug)).get()!.id;
}

function gemeenteId(naam: string): number {
  return db.select({ id: gemeente.id }).from(gemeente).where(eq(gemeente.naam, naam)).get()!.id;
}

function organisatieId(naam: string): number {
  return db.select({ id: organisatie.id }).from(organisatie).where(eq(organisatie.naam, naam)).get()!.id;
}

function nodigUit(fields: Record<string, string | string[]>, email = COORDINATOR_HM) {
  return run(() =>
    action({
      request: postRequest("/beheer/gebruikers/uitnodigen", fields, cookieFor(email)),
      params: {},
      context: testContext,
    } as any),
  );
}

function geldigeUitnodiging(): Record<string, string> {
  return {
    email: "Nieuw.Lid@Katwijk.example",
    naam: "Nina Nieuw",
    rol: "gemeente",
    regioId: String(regioId("hollands-midden")),
    gemeenteId: String(gemeenteId("Katwijk")),
    organisatieId: "",
  };
}

describe("gebruiker uitnodigen", () => {
  it("maakt gebruiker, rol, eenmalige link, mail in de outbox en auditregel in één keer", async () => {
    const voor = tellingen();
    const uit = await nodigUit(geldigeUitnodiging());
    expect(uit.status).toBe(200);
    expect((uit.data as any).verstuurd).toMatchObject({ email: "nieuw.lid@katwijk.example", soort: "uitgenodigd", viaSmtp: false });

    const nieuw = db.select().from(gebruiker).where(eq(gebruiker.email, "nieuw.lid@katwijk.example")).get()!;
    expect(nieuw).toMatchObject({ naam: "Nina Nieuw", passwordHash: null, actief: true });
    const rollen = db.select().from(lidmaatschap).where(eq(lidmaatschap.gebruikerId, nieuw.id)).all();
    expect(rollen).toEqual([
      expect.objectContaining({ regioId: regioId("hollands-midden"), rol: "gemeente", gemeenteId: gemeenteId("Katwijk"), organisatieId: null }),
    ]);
    const links = db.select().from(eenmaligeLink).where(eq(eenmaligeLink.gebruikerId, nieuw.id)).all();
    expect(links).toHaveLength(1);
    expect(links[0].soort).toBe("uitnodiging");

    const mail = db.select().from(outbox).orderBy(desc(outbox.id)).get()!;
    expect(mail.aan).toBe("nieuw.lid@katwijk.example");
    expect(mail.tekst).toContain("Nina Nieuw");
    expect(mail.tekst).toContain("Hollands Midden");
    const token = mail.tekst.match(/\/uitnodiging\/([a-z2-7]+)/)?.[1];
    expect(token).toBeTruthy();
    expect(findEenmaligeLink(token!, "uitnodiging")?.gebruikerId).toBe(nieuw.id);

    const auditRij = db
      .select()
      .from(audit)
      .where(and(eq(audit.entiteit, "gebruiker"), eq(audit.actie, "uitgenodigd"), eq(audit.entiteitId, String(nieuw.id))))
      .get()!;
    expect(auditRij.resultaat).toBe("ok");
    expect(auditRij.regioId).toBe(regioId("hollands-midden"));
    expect(auditRij.ip).toBe(testContext.ip);
    expect(JSON.stringify(auditRij.na)).not.toContain(token!);

    expect(tellingen()).toEqual({
      gebruiker: voor.gebruiker + 1,
      lidmaatschap: voor.lidmaatschap + 1,
      outbox: voor.outbox + 1,
      link: voor.link + 1,
    });
  });

  it("geeft een bestaande persoon zonder rol in deze regio de rol erbij en stuurt een korte melding", async () => {
    const voor = tellingen();
    const uit = await nodigUit(
      { email: "Coordinator@DenHaag.example", naam: "Wordt genegeerd", rol: "lezer", regioId: String(regioId("hollands-midden")) },
      BEHEERDER,
    );
    expect(uit.status).toBe(200);
    expect((uit.data as any).verstuurd.soort).toBe("rol_toegevoegd");
    const persoon = db.select().from(gebruiker).where(eq(gebruiker.email, "coordinator@denhaag.example")).get()!;
    expect(persoon.naam).not.toBe("Wordt genegeerd");
    const rollen = db.select().from(lidmaatschap).where(eq(lidmaatschap.gebruikerId, persoon.id)).all();
    expect(rollen.map((r) => r.rol).sort()).toEqual(["lezer", "regiocoordinator"]);
    const mail = db.select().from(outbox).orderBy(desc(outbox.id)).get()!;
    expect(mail.aan).toBe("coordinator@denhaag.example");
    expect(mail.tekst).not.toMatch(/\/uitnodiging\//);
    expect(tellingen()).toEqual({ ...voor, lidmaatschap: voor.lidmaatschap + 1, outbox: voor.outbox + 1 });
  });

  it("laat een beheerder een beheerder uitnodigen, zonder regio", async () => {
    const uit = await nodigUit({ email: "tweede.beheerder@demo.example", naam: "Tweede Beheerder", rol: "beheerder", regioId: "" }, BEHEERDER);
    expect(uit.status).toBe(200);
    const nieuw = db.select().from(gebruiker).where(eq(gebruiker.email, "tweede.beheerder@demo.example")).get()!;
    const rollen = db.select().from(lidmaatschap).where(eq(lidmaatschap.gebruikerId, nieuw.id)).all();
    expect(rollen).toEqual([expect.objectContaining({ rol: "beheerder", regioId: null })]);
  });

  it("vereist een organisatie uit de regio voor een ketenpartner", async () => {
    const basis = { ...geldigeUitnodiging(), rol: "partner", gemeenteId: "" };
    const zonder = await nodigUit(basis);
    expect(zonder.status).toBe(400);
    expect((zonder.data as any).errors.organisatieId).toMatch(/organisatie/);
    const met = await nodigUit({ ...basis, organisatieId: String(organisatieId("Veilig Thuis Hollands Midden")) });
    expect(met.status).toBe(200);
  });

  describe("weigert en verandert niets", () => {
    const gevallen: [string, () => Record<string, string | string[]>, string, RegExp, string?][] = [
      [
        "een regiocoördinator die uitnodigt in een andere regio",
        () => ({ ...geldigeUitnodiging(), regioId: String(regioId("haaglanden")), gemeenteId: String(gemeenteId("Den Haag")) }),
        "regioId",
        /regio die u coördineert/,
      ],
      [
        "een uitnodiging voor een gemeente van een andere regio",
        () => ({ ...geldigeUitnodiging(), gemeenteId: String(gemeenteId("Den Haag")) }),
        "gemeenteId",
        /hoort niet bij deze regio/,
      ],
      [
        "een organisatie van een andere regio",
        () => ({ ...geldigeUitnodiging(), rol: "partner", organisatieId: String(organisatieId("Veilig Thuis Haaglanden")) }),
        "organisatieId",
        /hoort niet bij deze regio/,
      ],
      [
        "een beheerder die een gemeente van een andere regio kiest",
        () => ({ ...geldigeUitnodiging(), gemeenteId: String(gemeenteId("Den Haag")) }),
        "gemeenteId",
        /hoort niet bij deze regio/,
        BEHEERDER,
      ],
      [
        "een regiocoördinator die de rol beheerder toekent",
        () => ({ ...geldigeUitnodiging(), rol: "beheerder" }),
        "rol",
        /Alleen een beheerder/,
      ],
      [
        "de rol gemeente zonder gemeente",
        () => ({ ...geldigeUitnodiging(), gemeenteId: "" }),
        "gemeenteId",
        /Kies de gemeente/,
      ],
      [
        "een tweede rol in dezelfde regio",
        () => ({ ...geldigeUitnodiging(), email: "BELEID@voorschoten.example" }),
        "email",
        /^Deze persoon heeft al een rol in deze regio\.$/,
      ],
      ["een ongeldig e-mailadres", () => ({ ...geldigeUitnodiging(), email: "geen-mailadres" }), "email", /geldig e-mailadres/],
      ["een lege naam", () => ({ ...geldigeUitnodiging(), naam: "   " }), "naam", /Vul de naam/],
      ["een naam van 100 kB", () => ({ ...geldigeUitnodiging(), naam: "a".repeat(100_000) }), "naam", /hoogstens 200 tekens/],
      ["een naam met een BSN", () => ({ ...geldigeUitnodiging(), naam: "Jan 111222333" }), "naam", /op een BSN lijkt/],
      [
        "lijsten in plaats van tekst",
        () => ({ ...geldigeUitnodiging(), email: ["a@b.example", "c@d.example"], naam: ["x", "y"] }),
        "email",
        /.+/,
      ],
      ["een onbekende rol", () => ({ ...geldigeUitnodiging(), rol: "superuser" }), "rol", /Kies een rol/],
      ["een gemeente-id dat geen getal is", () => ({ ...geldigeUitnodiging(), gemeenteId: "1 or 1=1" }), "gemeenteId", /Kies een waarde/],
      ["een onbekende gemeente", () => ({ ...geldigeUitnodiging(), gemeenteId: "999999" }), "gemeenteId", /hoort niet bij deze regio/],
      ["een ontbrekende regio", () => ({ ...geldigeUitnodiging(), regioId: "" }), "regioId", /Kies een regio/, BEHEERDER],
    ];

    it.each(gevallen)("%s", async (_naam, velden, veld, melding, email) => {
      const voor = tellingen();
      const uit = await nodigUit(velden(), email);
      expect(uit.status).toBe(400);
      expect((uit.data as any).errors[veld]).toMatch(melding);
      expect(tellingen()).toEqual(voor);
    });

    it("legt de poging van een coördinator om in een andere regio uit te nodigen vast als geweigerd", async () => {
      await nodigUit({ ...geldigeUitnodiging(), regioId: String(regioId("haaglanden")) });
      const rij = db.select().from(audit).where(and(eq(audit.entiteit, "gebruiker"), eq(audit.resultaat, "geweigerd"))).get();
      expect(rij?.actie).toBe("uitgenodigd");
    });

    it("een gemeente-medewerker krijgt 403", async () => {
      const voor = tellingen();
      const uit = await nodigUit(geldigeUitnodiging(), "beleid@voorschoten.example");
      expect(uit.status).toBe(403);
      expect(tellingen()).toEqual(voor);
    });
  });
});
