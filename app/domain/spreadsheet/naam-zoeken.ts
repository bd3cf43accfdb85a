import { normaliseer, normaliseerNaam } from "./tekst-normaliseren";

/**
 * Matches what a sheet says to this regio's own gemeenten, organisaties, people and doelstellingen.
 * Only the lists passed in are searched, so a name of another regio is simply "unknown".
 */

export type Gevonden<T> = { ok: true; waarde: T } | { ok: false; melding: string };

interface Naam {
  id: number;
  naam: string;
}

export type Betrokkene = { gemeenteId: number; organisatieId: null } | { gemeenteId: null; organisatieId: number };

/** Exact (normalised) first; otherwise a unique name that starts with what was typed ("Veilig Thuis"). */
function zoekNaam<T extends Naam>(lijst: T[], tekst: string): T[] {
  const gezocht = normaliseerNaam(tekst);
  if (gezocht === "") return [];
  const exact = lijst.filter((x) => normaliseerNaam(x.naam) === gezocht);
  if (exact.length > 0) return exact;
  return gezocht.length >= 4 ? lijst.filter((x) => normaliseerNaam(x.naam).startsWith(`${gezocht} `)) : [];
}

export function zoekGemeente(gemeenten: Naam[], tekst: string): Gevonden<number> {
  const hits = zoekNaam(gemeenten, tekst);
  if (hits.length === 1) return { ok: true, waarde: hits[0].id };
  return { ok: false, melding: `Gemeente "${tekst}" is geen gemeente van deze regio.` };
}

export function zoekBetrokkene(gemeenten: Naam[], organisaties: Naam[], tekst: string, rol: string): Gevonden<Betrokkene> {
  const g = zoekNaam(gemeenten, tekst);
  if (g.length === 1) return { ok: true, waarde: { gemeenteId: g[0].id, organisatieId: null } };
  const o = zoekNaam(organisaties, tekst);
  if (g.length === 0 && o.length === 1) return { ok: true, waarde: { gemeenteId: null, organisatieId: o[0].id } };
  if (g.length + o.length > 1) return { ok: false, melding: `${rol} "${tekst}" past bij meer dan één gemeente of organisatie; schrijf de naam voluit.` };
  return { ok: false, melding: `${rol} "${tekst}" is geen gemeente of organisatie van deze regio.` };
}

/** Partners are listed in one cell, separated by commas, semicolons or line breaks. */
export function splitsLijst(tekst: string): string[] {
  return tekst
    .split(/[,;\n\r]+/)
    .map((d) => d.trim())
    .filter((d) => d !== "");
}

export interface Persoon extends Naam {
  email: string;
}

export function zoekPersoon(personen: Persoon[], tekst: string): Gevonden<number> {
  const gezocht = tekst.trim().toLowerCase();
  const email = gezocht.match(/[^\s<>()]+@[^\s<>()]+/)?.[0];
  const hits = email
    ? personen.filter((p) => p.email.toLowerCase() === email)
    : personen.filter((p) => normaliseer(p.naam) === normaliseer(tekst));
  if (hits.length === 1) return { ok: true, waarde: hits[0].id };
  if (hits.length > 1) return { ok: false, melding: `Er zijn meerdere gebruikers met de naam "${tekst}"; gebruik het e-mailadres.` };
  return { ok: false, melding: `"${tekst}" is geen gebruiker met een rol in deze regio.` };
}

export interface DoelstellingKeuze {
  id: number;
  code: string;
  tekst: string;
  ingetrokken: boolean;
}

function zoekEenDoelstelling(doelen: DoelstellingKeuze[], deel: string): Gevonden<DoelstellingKeuze> {
  const kaal = deel.replace(/^doelstelling\s*/i, "").trim();
  const code = kaal.match(/^(\d+(?:\.\d+)+)\.?(?=$|[\s\-:)])/)?.[1];
  if (code) {
    const hit = doelen.find((d) => d.code === code);
    return hit ? { ok: true, waarde: hit } : { ok: false, melding: `Doelstelling "${code}" bestaat niet in de regiovisie van dit plan.` };
  }
  const tekst = normaliseer(kaal);
  const hits = tekst.length >= 8 ? doelen.filter((d) => normaliseer(d.tekst).startsWith(tekst) || tekst.startsWith(normaliseer(d.tekst))) : [];
  if (hits.length === 1) return { ok: true, waarde: hits[0] };
  if (hits.length > 1) return { ok: false, melding: `Doelstelling "${deel}" past bij meer dan één doelstelling; gebruik de code, zoals 2.3.` };
  return { ok: false, melding: `Doelstelling "${deel}" bestaat niet in de regiovisie van dit plan.` };
}

/** By code ("2.3", "2.3, 3.1", "Doelstelling 2.3") or by the start of the doelstelling's text. */
export function zoekDoelstellingen(doelen: DoelstellingKeuze[], tekst: string): Gevonden<DoelstellingKeuze[]> {
  const geheel = zoekEenDoelstelling(doelen, tekst);
  if (geheel.ok) return { ok: true, waarde: [geheel.waarde] };
  const delen = splitsLijst(tekst);
  if (delen.length <= 1) return geheel;
  const gevonden: DoelstellingKeuze[] = [];
  for (const deel of delen) {
    const hit = zoekEenDoelstelling(doelen, deel);
    if (!hit.ok) return hit;
    if (!gevonden.includes(hit.waarde)) gevonden.push(hit.waarde);
  }
  return { ok: true, waarde: gevonden };
}
