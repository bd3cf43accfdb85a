import { vrijeTekst } from "../vrije-tekst";
import { z } from "../zod";
import { RICHTINGEN } from "./volgorde";

/** The forms of the visie edit page; each has its own `intent`. */

const JAAR_MELDING = "Vul een jaartal van 2000 tot en met 2100 in.";

const jaar = z
  .string({ error: JAAR_MELDING })
  .trim()
  .regex(/^\d{4}$/, JAAR_MELDING)
  .transform(Number)
  .pipe(z.number().min(2000, JAAR_MELDING).max(2100, JAAR_MELDING));

function id(wat: string) {
  const melding = `Onbekende ${wat}.`;
  return z.string({ error: melding }).trim().regex(/^\d{1,12}$/, melding).transform(Number);
}

const richting = z.enum(RICHTINGEN, { error: "Kies omhoog of omlaag." });

const uitgangspuntTekst = vrijeTekst({ max: 1000, verplicht: "Vul de tekst van het uitgangspunt in.", label: "Het uitgangspunt" });
const actielijnTitel = vrijeTekst({ max: 200, verplicht: "Vul de titel van de actielijn in.", label: "De titel" });
const actielijnOmschrijving = vrijeTekst({ max: 2000, label: "De omschrijving" })
  .optional()
  .transform((v) => v || null);
const doelstellingTekst = vrijeTekst({ max: 2000, verplicht: "Vul de tekst van de doelstelling in.", label: "De doelstelling" });

export const VisieBewerkenSchema = z.discriminatedUnion(
  "intent",
  [
    z
      .object({
        intent: z.literal("visie-bewerken"),
        titel: vrijeTekst({ max: 200, verplicht: "Vul de titel van de regiovisie in.", label: "De titel" }),
        periodeStart: jaar,
        periodeEind: jaar,
        centraleAmbitie: vrijeTekst({ max: 4000, verplicht: "Vul de centrale ambitie in.", label: "De centrale ambitie" }),
        vorige: vrijeTekst({ max: 300, label: "De vorige regiovisie" })
          .optional()
          .transform((v) => v || null),
      })
      .refine((v) => v.periodeStart <= v.periodeEind, {
        path: ["periodeEind"],
        message: "Het eindjaar kan niet voor het beginjaar liggen.",
      }),
    z.object({ intent: z.literal("uitgangspunt-toevoegen"), tekst: uitgangspuntTekst }),
    z.object({ intent: z.literal("uitgangspunt-bewerken"), id: id("uitgangspunt"), tekst: uitgangspuntTekst }),
    z.object({ intent: z.literal("uitgangspunt-verplaatsen"), id: id("uitgangspunt"), richting }),
    z.object({ intent: z.literal("uitgangspunt-verwijderen"), id: id("uitgangspunt") }),
    z.object({ intent: z.literal("actielijn-toevoegen"), titel: actielijnTitel, omschrijving: actielijnOmschrijving }),
    z.object({
      intent: z.literal("actielijn-bewerken"),
      id: id("actielijn"),
      titel: actielijnTitel,
      omschrijving: actielijnOmschrijving,
    }),
    z.object({ intent: z.literal("actielijn-verplaatsen"), id: id("actielijn"), richting }),
    z.object({ intent: z.literal("actielijn-verwijderen"), id: id("actielijn") }),
    z.object({ intent: z.literal("doelstelling-toevoegen"), actielijnId: id("actielijn"), tekst: doelstellingTekst }),
    z.object({ intent: z.literal("doelstelling-bewerken"), id: id("doelstelling"), tekst: doelstellingTekst }),
    z.object({ intent: z.literal("doelstelling-verplaatsen"), id: id("doelstelling"), richting }),
    z.object({
      intent: z.literal("doelstelling-naar-actielijn"),
      id: id("doelstelling"),
      actielijnId: id("actielijn"),
    }),
    z.object({ intent: z.literal("doelstelling-verwijderen"), id: id("doelstelling") }),
    z.object({ intent: z.literal("doelstelling-intrekken"), id: id("doelstelling") }),
    z.object({ intent: z.literal("doelstelling-activeren"), id: id("doelstelling") }),
  ],
  { error: "Onbekende handeling." },
);

export type VisieBewerking = z.infer<typeof VisieBewerkenSchema>;
export type VisieIntent = VisieBewerking["intent"];

export const MELDINGEN: Record<VisieIntent, string> = {
  "visie-bewerken": "De gegevens van de regiovisie zijn opgeslagen.",
  "uitgangspunt-toevoegen": "Het uitgangspunt is toegevoegd.",
  "uitgangspunt-bewerken": "Het uitgangspunt is opgeslagen.",
  "uitgangspunt-verplaatsen": "De volgorde van de uitgangspunten is aangepast.",
  "uitgangspunt-verwijderen": "Het uitgangspunt is verwijderd.",
  "actielijn-toevoegen": "De actielijn is toegevoegd.",
  "actielijn-bewerken": "De actielijn is opgeslagen.",
  "actielijn-verplaatsen": "De volgorde van de actielijnen is aangepast; de codes zijn opnieuw genummerd.",
  "actielijn-verwijderen": "De actielijn is verwijderd; de codes zijn opnieuw genummerd.",
  "doelstelling-toevoegen": "De doelstelling is toegevoegd.",
  "doelstelling-bewerken": "De doelstelling is opgeslagen.",
  "doelstelling-verplaatsen": "De volgorde van de doelstellingen is aangepast; de codes zijn opnieuw genummerd.",
  "doelstelling-naar-actielijn": "De doelstelling is naar de andere actielijn verplaatst; de codes zijn opnieuw genummerd.",
  "doelstelling-verwijderen": "De doelstelling is verwijderd; de codes zijn opnieuw genummerd.",
  "doelstelling-intrekken": "De doelstelling is ingetrokken. Ze blijft zichtbaar bij bestaande acties.",
  "doelstelling-activeren": "De doelstelling is weer actief.",
};
