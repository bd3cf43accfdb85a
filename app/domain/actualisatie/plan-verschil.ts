import type { ActualisatieBesluit, VerschilSoort } from "./labels";
import type { InhoudActie, InhoudActielijn } from "./inhoud";
import { verschilMetHerkomst, type Veldverschil } from "./vergelijken";

export interface VerschilRegel {
  soort: VerschilSoort;
  /** The actie of plan N+1 (nieuw, gewijzigd, doorgezet) or of plan N (afgerond, vervallen, open). */
  actie: InhoudActie;
  /** For gewijzigd and doorgezet: the actie of plan N it continues. */
  herkomst: InhoudActie | null;
  wijzigingen: Veldverschil[];
  reden: string | null;
  actielijnIds: number[];
}

export type Aantallen = Record<VerschilSoort, number>;

export interface PlanVerschil {
  regels: VerschilRegel[];
  perActielijn: { actielijn: InhoudActielijn; aantallen: Aantallen }[];
  /** Each actie once, also when it serves doelstellingen of several actielijnen. */
  totaal: Aantallen;
}

export interface VerschilInvoer {
  actielijnen: InhoudActielijn[];
  vorige: InhoudActie[];
  nieuwe: InhoudActie[];
  besluiten: { actieId: number; besluit: ActualisatieBesluit; reden: string | null }[];
}

const SOORTEN: VerschilSoort[] = ["nieuw", "gewijzigd", "doorgezet", "afgerond", "vervallen", "open"];

function leeg(): Aantallen {
  return Object.fromEntries(SOORTEN.map((s) => [s, 0])) as Aantallen;
}

function actielijnenVan(actie: InhoudActie): number[] {
  return [...new Set(actie.doelstellingen.map((d) => d.actielijnId))];
}

/**
 * The difference between plan N and plan N+1. An actie of N+1 without herkomst in N is new; one
 * with herkomst is carried over, changed or not. An actie of N that was not carried over is
 * afgerond or vervallen by the actualisatie besluit, or by its own status; otherwise still open.
 */
export function planVerschil({ actielijnen, vorige, nieuwe, besluiten }: VerschilInvoer): PlanVerschil {
  const vorigeOpId = new Map(vorige.map((a) => [a.id, a]));
  const besluitOpActie = new Map(besluiten.map((b) => [b.actieId, b]));
  const doorgezet = new Set<number>();
  const regels: VerschilRegel[] = [];

  for (const actie of nieuwe) {
    const herkomst = actie.herkomstActieId !== null ? vorigeOpId.get(actie.herkomstActieId) : undefined;
    if (!herkomst) {
      regels.push({ soort: "nieuw", actie, herkomst: null, wijzigingen: [], reden: null, actielijnIds: actielijnenVan(actie) });
      continue;
    }
    doorgezet.add(herkomst.id);
    const wijzigingen = verschilMetHerkomst(herkomst, actie);
    regels.push({
      soort: wijzigingen.length ? "gewijzigd" : "doorgezet",
      actie,
      herkomst,
      wijzigingen,
      reden: null,
      actielijnIds: actielijnenVan(actie),
    });
  }

  for (const actie of vorige) {
    if (doorgezet.has(actie.id)) continue;
    const besluit = besluitOpActie.get(actie.id);
    const soort: VerschilSoort =
      besluit?.besluit === "afgerond" || besluit?.besluit === "vervallen"
        ? besluit.besluit
        : actie.status === "afgerond" || actie.status === "vervallen"
          ? actie.status
          : "open";
    regels.push({
      soort,
      actie,
      herkomst: null,
      wijzigingen: [],
      reden: besluit && besluit.besluit !== "doorzetten" ? besluit.reden : null,
      actielijnIds: actielijnenVan(actie),
    });
  }

  const perActielijn = actielijnen.map((actielijn) => ({ actielijn, aantallen: leeg() }));
  const perId = new Map(perActielijn.map((r) => [r.actielijn.id, r.aantallen]));
  const totaal = leeg();
  for (const regel of regels) {
    totaal[regel.soort] += 1;
    for (const id of regel.actielijnIds) {
      const aantallen = perId.get(id);
      if (aantallen) aantallen[regel.soort] += 1;
    }
  }
  regels.sort((a, b) => SOORTEN.indexOf(a.soort) - SOORTEN.indexOf(b.soort) || a.actie.code.localeCompare(b.actie.code, "nl", { numeric: true }));
  return { regels, perActielijn, totaal };
}

export { SOORTEN as VERSCHIL_SOORTEN };
