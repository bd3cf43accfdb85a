import { ACTIE_STATUSSEN, type ActieStatus } from "../../../db/enums";
import { STATUS_LABELS } from "../status";

/** The stoplicht as councils know it: colour AND words, so it reads in black-and-white print too. */
const DEFINITIES: Record<ActieStatus, { kleur: string; definitie: string }> = {
  op_schema: { kleur: "groen", definitie: "loopt volgens planning." },
  aandacht: { kleur: "oranje", definitie: "er is een risico; bijsturing is nodig." },
  vertraagd: { kleur: "rood", definitie: "loopt achter op de planning; de deadline wordt niet gehaald zonder ingrijpen." },
  niet_gestart: { kleur: "grijs", definitie: "nog niet begonnen." },
  afgerond: { kleur: "blauw", definitie: "het beoogde resultaat is bereikt." },
  vervallen: { kleur: "wit, gestreept", definitie: "bewust gestopt; telt niet mee in het percentage afgerond." },
};

export interface LegendaRegel {
  status: ActieStatus;
  label: string;
  kleur: string;
  definitie: string;
}

const VOLGORDE: ActieStatus[] = ["op_schema", "aandacht", "vertraagd", "niet_gestart", "afgerond", "vervallen"];

export const LEGENDA: LegendaRegel[] = VOLGORDE.map((status) => ({
  status,
  label: STATUS_LABELS[status],
  ...DEFINITIES[status],
}));

// Keeps the legend complete when a status is added to the schema.
if (LEGENDA.length !== ACTIE_STATUSSEN.length) throw new Error("De stoplichtlegenda mist een status.");
