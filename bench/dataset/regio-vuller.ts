import type Database from "better-sqlite3";
import type { ActieStatus, Financiering, Rol } from "../../db/schema";
import {
  ACHTERNAMEN,
  ACTIE_ONDERWERPEN,
  ACTIE_WERKWOORDEN,
  ACTIELIJNEN,
  GEMEENTE_ACHTER,
  GEMEENTE_VOOR,
  ORGANISATIES,
  TOELICHTINGEN,
  UITGANGSPUNTEN,
  UITLEG,
  VOORNAMEN,
} from "./teksten";
import type { Willekeur } from "./willekeur";

/**
 * Fills one generated regio with raw prepared statements: the ORM per row would make the national
 * dataset (half a million voortgang rows) take many minutes instead of seconds.
 */

export interface RegioOpdracht {
  slug: string;
  naam: string;
  /** Mail domain of the regio's accounts, e.g. "bench.example" → coordinator@bench.example. */
  domein: string;
  aantalGemeenten: number;
  aantalOrganisaties: number;
  jaren: number[];
  actiesPerPlan: number;
  /** How many voortgang rows one actie gets. */
  voortgangPerActie: (w: Willekeur) => number;
  passwordHash: string;
  /** "YYYY-MM-DD": voortgang lies before it, the overleg is on it. */
  vandaag: string;
}

export interface Telling {
  regios: number;
  gemeenten: number;
  organisaties: number;
  gebruikers: number;
  plannen: number;
  acties: number;
  actieDoelstellingen: number;
  partners: number;
  voortgang: number;
  audit: number;
  overleggen: number;
}

export function legeTelling(): Telling {
  return { regios: 0, gemeenten: 0, organisaties: 0, gebruikers: 0, plannen: 0, acties: 0, actieDoelstellingen: 0, partners: 0, voortgang: 0, audit: 0, overleggen: 0 };
}

type Statements = ReturnType<typeof bereidVoor>;

function bereidVoor(sqlite: Database.Database) {
  const s = (sql: string) => sqlite.prepare(sql);
  return {
    regio: s("insert into regio (slug, naam, niet_bijgewerkt_weken, is_demo) values (?, ?, 8, 0)"),
    gemeente: s("insert into gemeente (regio_id, naam, slug, is_centrumgemeente) values (?, ?, ?, ?)"),
    organisatie: s("insert into organisatie (regio_id, naam, soort) values (?, ?, ?)"),
    gebruiker: s("insert into gebruiker (email, naam, password_hash, actief) values (?, ?, ?, 1)"),
    lidmaatschap: s("insert into lidmaatschap (gebruiker_id, regio_id, rol, gemeente_id, organisatie_id) values (?, ?, ?, ?, ?)"),
    visie: s("insert into regiovisie (regio_id, titel, periode_start, periode_eind, centrale_ambitie) values (?, ?, ?, ?, ?)"),
    uitgangspunt: s("insert into uitgangspunt (visie_id, tekst, volgorde) values (?, ?, ?)"),
    actielijn: s("insert into actielijn (visie_id, code, titel, volgorde) values (?, ?, ?, ?)"),
    doelstelling: s("insert into doelstelling (actielijn_id, code, tekst, volgorde) values (?, ?, ?, ?)"),
    plan: s(
      "insert into uitvoeringsplan (visie_id, jaar, status, vastgesteld_op, vastgesteld_door_id, besluit, vorig_plan_id) values (?, ?, ?, ?, ?, ?, ?)",
    ),
    actie: s(
      `insert into actie (plan_id, code, titel, omschrijving, niveau, gemeente_id, eigenaar_id, trekker_gemeente_id,
        trekker_organisatie_id, deadline, status, beoogd_resultaat, financiering, bedrag_centen, herkomst_actie_id,
        version, aangemaakt_op, gewijzigd_op)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    actieDoelstelling: s("insert into actie_doelstelling (actie_id, doelstelling_id) values (?, ?)"),
    partner: s("insert into actie_partner (actie_id, gemeente_id, organisatie_id) values (?, ?, ?)"),
    voortgang: s(
      `insert into voortgang (actie_id, auteur_id, datum, status_van, status_naar, toelichting, oorzaak, gevolg, bijsturing, aangemaakt_op)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    audit: s("insert into audit (regio_id, gebruiker_id, entiteit, entiteit_id, actie, resultaat, voor, na, tijdstip) values (?, ?, 'actie', ?, ?, 'ok', ?, ?, ?)"),
    overleg: s("insert into overleg (regio_id, datum, titel, vooruitkijk_weken, aangemaakt_door_id) values (?, ?, ?, 6, ?)"),
    agendapunt: s("insert or ignore into agendapunt (overleg_id, actie_id, toegevoegd_door_id) values (?, ?, ?)"),
    besluit: s("insert into besluit (overleg_id, actie_id, tekst, auteur_id) values (?, ?, ?, ?)"),
  };
}

const id = (info: Database.RunResult) => Number(info.lastInsertRowid);

// Calendar arithmetic on day numbers since 1970-01-01 (UTC), so dates never drift with time zones.
const DAG_MS = 86_400_000;
const dagNummer = (datum: string) => Math.floor(Date.parse(`${datum}T00:00:00Z`) / DAG_MS);
const datumVan = (dag: number) => new Date(dag * DAG_MS).toISOString().slice(0, 10);
const tijdstipOp = (datum: string, uur = 10) => `${datum}T${String(uur).padStart(2, "0")}:00:00.000Z`;

interface Persoon {
  id: number;
  rol: Rol;
  gemeenteId: number | null;
  organisatieId: number | null;
}

interface Betrokkene {
  gemeenteId: number | null;
  organisatieId: number | null;
}

/** Builds the statements once per connection and fills regio's with them. */
export class RegioVuller {
  private readonly st: Statements;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly telling: Telling,
  ) {
    this.st = bereidVoor(sqlite);
  }

  /** One regio in one transaction: a crash leaves no half regio behind. */
  vul(opdracht: RegioOpdracht, w: Willekeur): void {
    this.sqlite.transaction(() => this.vulRegio(opdracht, w)).immediate();
  }

  private vulRegio(o: RegioOpdracht, w: Willekeur) {
    const { st, telling } = this;
    const regioId = id(st.regio.run(o.slug, o.naam));
    telling.regios++;

    const gemeenteNamen = w.trek(
      GEMEENTE_VOOR.flatMap((voor) => GEMEENTE_ACHTER.map((achter) => `${voor}${achter}`)),
      o.aantalGemeenten,
    );
    const gemeenten = gemeenteNamen.map((naam, i) => ({
      id: id(st.gemeente.run(regioId, naam, naam.toLowerCase(), i === 0 ? 1 : 0)),
      naam,
      slug: naam.toLowerCase(),
    }));
    const organisaties = ORGANISATIES.slice(0, o.aantalOrganisaties).map((org) => ({
      id: id(st.organisatie.run(regioId, `${org.naam} ${o.naam}`, org.soort)),
      slug: org.naam.toLowerCase().replace(/[^a-z]+/g, "-"),
    }));
    telling.gemeenten += gemeenten.length;
    telling.organisaties += organisaties.length;

    const personen: Persoon[] = [];
    const persoon = (lokaal: string, rol: Rol, gemeenteId: number | null = null, organisatieId: number | null = null) => {
      const naam = `${w.kies(VOORNAMEN)} ${w.kies(ACHTERNAMEN)}`;
      const gebruikerId = id(st.gebruiker.run(`${lokaal}@${o.domein}`, naam, o.passwordHash));
      st.lidmaatschap.run(gebruikerId, regioId, rol, gemeenteId, organisatieId);
      const p = { id: gebruikerId, rol, gemeenteId, organisatieId };
      personen.push(p);
      return p;
    };
    const coordinatoren = [persoon("coordinator", "regiocoordinator"), persoon("coordinator2", "regiocoordinator")];
    const gemeenteMensen = new Map<number, Persoon>();
    for (const g of gemeenten.slice(0, 6)) gemeenteMensen.set(g.id, persoon(`beleid-${g.slug}`, "gemeente", g.id));
    for (const g of gemeenten.slice(0, 2)) persoon(`procesregisseur-${g.slug}`, "procesregisseur", g.id);
    const partnerMensen = new Map<number, Persoon>();
    for (const org of organisaties.slice(0, 3)) partnerMensen.set(org.id, persoon(`partner-${org.slug}`, "partner", null, org.id));
    persoon("wethouder", "lezer");
    telling.gebruikers += personen.length;

    const [eersteJaar, laatsteJaar] = [o.jaren[0], o.jaren[o.jaren.length - 1]];
    const visieId = id(
      st.visie.run(
        regioId,
        `Regiovisie aanpak huiselijk geweld ${o.naam} ${eersteJaar}–${laatsteJaar}`,
        eersteJaar,
        laatsteJaar,
        "Iedereen in de regio groeit op en leeft in een veilige thuissituatie; geweld wordt eerder gezien en duurzaam gestopt.",
      ),
    );
    UITGANGSPUNTEN.forEach((tekst, i) => st.uitgangspunt.run(visieId, tekst, i + 1));
    const doelstellingen: { id: number; code: string }[] = [];
    ACTIELIJNEN.forEach((lijn, i) => {
      const actielijnId = id(st.actielijn.run(visieId, String(i + 1), lijn.titel, i + 1));
      lijn.doelstellingen.forEach((tekst, j) => {
        const code = `${i + 1}.${j + 1}`;
        doelstellingen.push({ id: id(st.doelstelling.run(actielijnId, code, tekst, j + 1)), code });
      });
    });

    const huidigJaar = Number(o.vandaag.slice(0, 4));
    const gisteren = dagNummer(o.vandaag) - 1;
    const betrokkenen: Betrokkene[] = [
      ...gemeenten.map((g) => ({ gemeenteId: g.id, organisatieId: null })),
      ...organisaties.map((org) => ({ gemeenteId: null, organisatieId: org.id })),
    ];

    let vorigPlanId: number | null = null;
    let vorigeActies: { id: number; open: boolean }[] = [];
    const actiesHuidigJaar: number[] = [];

    for (const jaar of o.jaren) {
      const concept = jaar === laatsteJaar;
      const planId = id(
        st.plan.run(
          visieId,
          jaar,
          concept ? "concept" : "vastgesteld",
          concept ? null : `${jaar - 1}-12-12`,
          concept ? null : coordinatoren[0].id,
          concept ? null : `Vastgesteld in het bestuurlijk overleg van december ${jaar - 1}.`,
          vorigPlanId,
        ),
      );
      telling.plannen++;

      // Voortgang of year Y lies in Y and before today; a future plan gets its updates in the last half year.
      const eind = Math.min(dagNummer(`${jaar}-12-31`), gisteren);
      const begin = dagNummer(`${jaar}-01-06`) <= eind - 60 ? dagNummer(`${jaar}-01-06`) : eind - 200;
      const volgnummers = new Map<string, number>();
      const dezeActies: { id: number; open: boolean }[] = [];

      for (let k = 0; k < o.actiesPerPlan; k++) {
        const hoofd = doelstellingen[k % doelstellingen.length];
        const volgnummer = (volgnummers.get(hoofd.code) ?? 0) + 1;
        volgnummers.set(hoofd.code, volgnummer);
        const code = `${hoofd.code}-${String(volgnummer).padStart(2, "0")}`;

        const lokaal = w.kans(0.35);
        let gemeenteId: number | null = null;
        let trekker: Betrokkene;
        let eigenaar: Persoon;
        let titel = `${w.kies(ACTIE_WERKWOORDEN)} ${w.kies(ACTIE_ONDERWERPEN)}`;
        if (lokaal) {
          const g = w.kies(gemeenten);
          gemeenteId = g.id;
          trekker = { gemeenteId: g.id, organisatieId: null };
          eigenaar = gemeenteMensen.get(g.id) ?? w.kies(coordinatoren);
          titel += ` in ${g.naam}`;
        } else if (w.kans(0.55)) {
          const org = w.kies(organisaties);
          trekker = { gemeenteId: null, organisatieId: org.id };
          eigenaar = partnerMensen.get(org.id) ?? w.kies(coordinatoren);
        } else {
          const g = w.kans(0.5) ? gemeenten[0] : w.kies(gemeenten);
          trekker = { gemeenteId: g.id, organisatieId: null };
          eigenaar = gemeenteMensen.get(g.id) ?? w.kies(coordinatoren);
        }

        const deadline = w.kans(0.7)
          ? `${jaar}-${w.kies(["03-31", "06-30", "09-30", "12-31"])}`
          : datumVan(dagNummer(`${jaar}-01-01`) + w.geheel(30, 364));
        const financiering = w.kies<Financiering | null>(["du_vo", "du_vo", "gemeentelijk", "anders", null]);
        const bedrag = financiering === null ? null : w.geheel(5, 150) * 100_000;

        const aantal = o.voortgangPerActie(w);
        const verloop = statusVerloop(w, aantal, jaar, huidigJaar);
        const laatsteDag = Math.max(begin + aantal, eind - w.geheel(0, 120));
        const dagen = Array.from({ length: aantal }, () => w.geheel(begin, laatsteDag)).sort((a, b) => a - b);
        if (aantal > 0) dagen[aantal - 1] = laatsteDag;
        const status: ActieStatus = verloop.at(-1) ?? "niet_gestart";
        const aangemaaktOp = tijdstipOp(datumVan(begin - 50), 9);
        const gewijzigd = w.kans(0.1);

        const vorige = vorigeActies[k];
        const actieId = id(
          st.actie.run(
            planId,
            code,
            titel,
            `Deze actie draagt bij aan doelstelling ${hoofd.code}. De trekker stemt de uitvoering af met de betrokken partners en rapporteert in het ambtelijk beleidsoverleg.`,
            lokaal ? "lokaal" : "regionaal",
            gemeenteId,
            eigenaar.id,
            trekker.gemeenteId,
            trekker.organisatieId,
            deadline,
            status,
            "Een werkende aanpak die door alle betrokken professionals wordt gebruikt.",
            financiering,
            bedrag,
            vorige?.open ? vorige.id : null,
            gewijzigd ? 2 : 1,
            aangemaaktOp,
            aantal > 0 ? tijdstipOp(datumVan(dagen[aantal - 1])) : aangemaaktOp,
          ),
        );
        telling.acties++;
        dezeActies.push({ id: actieId, open: status !== "afgerond" && status !== "vervallen" });
        if (jaar === huidigJaar) actiesHuidigJaar.push(actieId);

        const gekoppeld = [hoofd.id];
        if (w.kans(0.3)) {
          const tweede = w.kies(doelstellingen);
          if (tweede.id !== hoofd.id) gekoppeld.push(tweede.id);
        }
        for (const d of gekoppeld) st.actieDoelstelling.run(actieId, d);
        telling.actieDoelstellingen += gekoppeld.length;

        const partners = w
          .trek(betrokkenen, w.geheel(0, 3))
          .filter((b) => b.gemeenteId !== trekker.gemeenteId || b.organisatieId !== trekker.organisatieId);
        for (const p of partners) st.partner.run(actieId, p.gemeenteId, p.organisatieId);
        telling.partners += partners.length;

        st.audit.run(regioId, coordinatoren[0].id, String(actieId), "aangemaakt", null, JSON.stringify({ code, titel, deadline, version: 1 }), aangemaaktOp);
        telling.audit++;
        if (gewijzigd) {
          const oud = `${jaar}-12-31`;
          st.audit.run(
            regioId,
            coordinatoren[0].id,
            String(actieId),
            "gewijzigd",
            JSON.stringify({ deadline: oud, version: 1 }),
            JSON.stringify({ deadline, version: 2 }),
            tijdstipOp(datumVan(begin - 20), 11),
          );
          telling.audit++;
        }

        let van: ActieStatus = "niet_gestart";
        verloop.forEach((naar, i) => {
          const datum = datumVan(dagen[i]);
          const uitleg = naar === "aandacht" || naar === "vertraagd" || naar === "vervallen";
          const auteurId = w.kans(0.75) ? eigenaar.id : w.kies(coordinatoren).id;
          const tijdstip = tijdstipOp(datum);
          const voortgangId = id(
            st.voortgang.run(
              actieId,
              auteurId,
              datum,
              van,
              naar,
              w.kies(TOELICHTINGEN),
              uitleg ? w.kies(UITLEG.oorzaak) : null,
              uitleg ? w.kies(UITLEG.gevolg) : null,
              uitleg ? w.kies(UITLEG.bijsturing) : null,
              tijdstip,
            ),
          );
          // Production writes an audit row with every voortgang; the audit table must be as big as it will be.
          st.audit.run(
            regioId,
            auteurId,
            String(actieId),
            "voortgang.plaatsen",
            JSON.stringify({ status: van }),
            JSON.stringify({ status: naar, voortgangId, datum }),
            tijdstip,
          );
          van = naar;
        });
        telling.voortgang += verloop.length;
        telling.audit += verloop.length;
      }
      vorigPlanId = planId;
      vorigeActies = dezeActies;
    }

    const overlegId = id(st.overleg.run(regioId, o.vandaag, `Ambtelijk beleidsoverleg ${o.vandaag}`, coordinatoren[0].id));
    telling.overleggen++;
    const geagendeerd = w.trek(actiesHuidigJaar, Math.min(5, actiesHuidigJaar.length));
    for (const actieId of geagendeerd) st.agendapunt.run(overlegId, actieId, coordinatoren[0].id);
    st.besluit.run(overlegId, null, "Het verslag van het vorige overleg is vastgesteld.", coordinatoren[0].id);
    for (const actieId of geagendeerd.slice(0, 2)) {
      st.besluit.run(overlegId, actieId, "De trekker werkt de bijsturing uit voor het volgende overleg.", coordinatoren[0].id);
    }
  }
}

/**
 * A chain of statuses that ends where the actie stands now: old plans mostly closed, the current
 * plan a spread over all statuses. Afgerond and vervallen only come last, as in real use.
 */
function statusVerloop(w: Willekeur, aantal: number, jaar: number, huidigJaar: number): ActieStatus[] {
  if (aantal === 0) return [];
  const eind: ActieStatus =
    jaar < huidigJaar
      ? w.gewogen({ afgerond: 70, vervallen: 8, op_schema: 8, aandacht: 7, vertraagd: 7 })
      : jaar === huidigJaar
        ? w.gewogen({ op_schema: 45, aandacht: 15, vertraagd: 10, afgerond: 25, vervallen: 5 })
        : w.gewogen({ op_schema: 80, aandacht: 20 });
  const verloop: ActieStatus[] = [];
  let huidig: ActieStatus = "niet_gestart";
  for (let i = 0; i < aantal - 1; i++) {
    huidig =
      huidig === "niet_gestart"
        ? w.gewogen({ op_schema: 8, aandacht: 1 })
        : w.gewogen({ op_schema: 6, aandacht: 2, vertraagd: 1 });
    verloop.push(huidig);
  }
  verloop.push(eind);
  return verloop;
}
