import type { ActieStatus } from "../../../db/enums";
import { bedragAlsInvoer, nieuweActieSchema, VELD_LABELS, type NieuweActieInvoer } from "../acties/actie-schema";
import { vrijeTekst } from "../vrije-tekst";
import { type Cel, celTekst } from "./cel";
import { leesDatum } from "./datum-lezen";
import type { Doelveld, Koppeling } from "./doelvelden";
import {
  splitsLijst,
  zoekBetrokkene,
  zoekDoelstellingen,
  zoekGemeente,
  zoekPersoon,
  type Betrokkene,
  type DoelstellingKeuze,
  type Persoon,
} from "./naam-zoeken";
import { leesBedragCel, leesFinanciering, leesNiveau, leesStatus } from "./waarde-lezen";

/**
 * Checks each row of an import against this regio's lists and the rules of the actie form, and
 * says per row in plain Dutch what is wrong. Pure: the lists come in, nothing is written.
 */

export interface Opzoeklijsten {
  planJaar: number;
  doelstellingen: DoelstellingKeuze[];
  gemeenten: { id: number; naam: string }[];
  organisaties: { id: number; naam: string }[];
  gebruikers: Persoon[];
  /** The importing user, when they have a role in this regio and so may own an actie here. */
  importeur: { id: number; naam: string } | null;
}

export interface ImportActie {
  invoer: NieuweActieInvoer;
  status: ActieStatus;
  toelichting: string | null;
}

export interface RijControle {
  rij: number;
  fouten: string[];
  meldingen: string[];
  weergave: {
    titel: string;
    doelstellingen: string;
    niveau: string;
    trekker: string;
    eigenaar: string;
    deadline: string | null;
    status: ActieStatus | null;
  };
  actie: ImportActie | null;
}

const toelichtingSchema = vrijeTekst({ max: 3000, label: "De toelichting" });

function betrokkeneWaarde(b: Betrokkene): string {
  return b.gemeenteId !== null ? `g:${b.gemeenteId}` : `o:${b.organisatieId}`;
}

export function controleerRij(rij: number, cellen: Cel[], koppeling: Koppeling, lijsten: Opzoeklijsten): RijControle {
  const cel = (veld: Doelveld): Cel => {
    const kolom = koppeling.indexOf(veld);
    return kolom === -1 ? null : (cellen[kolom] ?? null);
  };
  const tekst = (veld: Doelveld) => celTekst(cel(veld));
  const fouten: string[] = [];
  const meldingen: string[] = [];
  const weergave: RijControle["weergave"] = {
    titel: tekst("titel"),
    doelstellingen: tekst("doelstellingen"),
    niveau: "Regionaal",
    trekker: tekst("trekker"),
    eigenaar: "",
    deadline: null,
    status: null,
  };

  let doelstellingIds: string[] = [];
  if (tekst("doelstellingen") === "") fouten.push("Doelstelling ontbreekt.");
  else {
    const doelen = zoekDoelstellingen(lijsten.doelstellingen, tekst("doelstellingen"));
    if (!doelen.ok) fouten.push(doelen.melding);
    else {
      const ingetrokken = doelen.waarde.find((d) => d.ingetrokken);
      if (ingetrokken) fouten.push(`Doelstelling ${ingetrokken.code} is ingetrokken; kies een andere doelstelling.`);
      doelstellingIds = doelen.waarde.map((d) => String(d.id));
      weergave.doelstellingen = doelen.waarde.map((d) => d.code).join(", ");
    }
  }

  let niveau: "regionaal" | "lokaal" = "regionaal";
  let gemeenteId = "";
  const niveauCel = leesNiveau(cel("niveau"));
  const gemeenteTekst = niveauCel.soort === "naam" ? niveauCel.naam : tekst("gemeente");
  if (niveauCel.soort !== "regionaal" && gemeenteTekst !== "") {
    const g = zoekGemeente(lijsten.gemeenten, gemeenteTekst);
    if (g.ok) {
      niveau = "lokaal";
      gemeenteId = String(g.waarde);
      weergave.niveau = `Lokaal: ${lijsten.gemeenten.find((x) => x.id === g.waarde)?.naam ?? ""}`;
    } else fouten.push(g.melding);
  } else if (niveauCel.soort === "lokaal") {
    fouten.push("Een lokale actie heeft een gemeente nodig; vul de kolom Gemeente in.");
  }

  let trekker = "";
  if (tekst("trekker") === "") fouten.push("Trekker ontbreekt.");
  else {
    const t = zoekBetrokkene(lijsten.gemeenten, lijsten.organisaties, tekst("trekker"), "Trekker");
    if (t.ok) trekker = betrokkeneWaarde(t.waarde);
    else fouten.push(t.melding);
  }

  const partners: string[] = [];
  for (const naam of splitsLijst(tekst("partners"))) {
    const p = zoekBetrokkene(lijsten.gemeenten, lijsten.organisaties, naam, "Partner");
    if (!p.ok) fouten.push(p.melding);
    else if (betrokkeneWaarde(p.waarde) !== trekker && !partners.includes(betrokkeneWaarde(p.waarde))) partners.push(betrokkeneWaarde(p.waarde));
  }

  let eigenaarId = "";
  const standaard = () => {
    if (lijsten.importeur) {
      eigenaarId = String(lijsten.importeur.id);
      weergave.eigenaar = lijsten.importeur.naam;
    } else fouten.push("Vul een eigenaar in die een rol heeft in deze regio.");
  };
  if (tekst("eigenaar") === "") {
    standaard();
    if (lijsten.importeur) meldingen.push(`Geen eigenaar ingevuld: u (${lijsten.importeur.naam}) wordt eigenaar.`);
  } else {
    const e = zoekPersoon(lijsten.gebruikers, tekst("eigenaar"));
    if (e.ok) {
      eigenaarId = String(e.waarde);
      weergave.eigenaar = lijsten.gebruikers.find((g) => g.id === e.waarde)?.naam ?? "";
    } else {
      standaard();
      if (lijsten.importeur) meldingen.push(`${e.melding} U (${lijsten.importeur.naam}) wordt eigenaar.`);
    }
  }

  let deadline = "";
  if (tekst("deadline") === "") fouten.push("Deadline ontbreekt.");
  else {
    const d = leesDatum(cel("deadline"));
    if (d.ok) {
      deadline = d.datum;
      weergave.deadline = d.datum;
    } else {
      fouten.push(`Deadline "${tekst("deadline")}" is geen datum die wij kunnen lezen; gebruik bijvoorbeeld 31-12-${lijsten.planJaar}, Q3 ${lijsten.planJaar} of eind ${lijsten.planJaar}.`);
    }
  }

  const status = leesStatus(cel("status"));
  if (status.ok) weergave.status = status.waarde;
  else fouten.push(status.melding);

  const financiering = leesFinanciering(cel("financiering"));
  if (!financiering.ok) fouten.push(financiering.melding);
  const bedrag = leesBedragCel(cel("bedrag"));
  if (!bedrag.ok) fouten.push(`Bedrag: ${bedrag.melding}`);

  const toelichting = toelichtingSchema.safeParse(tekst("toelichting"));
  if (!toelichting.success) fouten.push(toelichting.error.issues[0].message);

  const formulier = {
    titel: tekst("titel"),
    omschrijving: tekst("omschrijving"),
    niveau,
    gemeenteId,
    doelstellingIds,
    eigenaarId,
    trekker,
    partners,
    deadline,
    beoogdResultaat: tekst("beoogdResultaat"),
    financiering: financiering.ok ? (financiering.waarde ?? "") : "",
    bedrag: bedrag.ok ? bedragAlsInvoer(bedrag.waarde) : "",
  };
  const gecontroleerd = nieuweActieSchema(lijsten.planJaar).safeParse(formulier);
  if (!gecontroleerd.success) {
    // Fields already reported above (an unknown trekker leaves an empty value) are not repeated.
    const gemeld = new Set<string>(
      [
        doelstellingIds.length === 0 && "doelstellingIds",
        trekker === "" && "trekker",
        eigenaarId === "" && "eigenaarId",
        deadline === "" && "deadline",
        gemeenteId === "" && "gemeenteId",
        !bedrag.ok && "bedrag",
      ].filter((x): x is string => typeof x === "string"),
    );
    for (const issue of gecontroleerd.error.issues) {
      const veld = String(issue.path[0] ?? "");
      if (gemeld.has(veld)) continue;
      gemeld.add(veld);
      const label = VELD_LABELS[veld as keyof typeof VELD_LABELS];
      fouten.push(label ? `${label}: ${issue.message}` : issue.message);
    }
  }

  const actie =
    fouten.length === 0 && gecontroleerd.success && status.ok
      ? { invoer: gecontroleerd.data, status: status.waarde, toelichting: toelichting.success && toelichting.data ? toelichting.data : null }
      : null;
  return { rij, fouten, meldingen, weergave, actie };
}
