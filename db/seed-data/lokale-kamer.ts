import { and, eq } from "drizzle-orm";
import type { Tx } from "../index";
import { audit, gebruiker, gemeente, lokaleKamer, mijlpaal, mijlpaalTemplate, regio, type MijlpaalStatus } from "../schema";
import bestand from "./regiovisies.json";

/**
 * The Hollands Midden mijlpaal template (from `lokale_kamer_mijlpalen_voorbeeld`) and lokale kamers
 * in several gemeenten at different stages. Voorschoten follows its college letter on the
 * regiovisie: the procesregisseur is appointed and works with the young jeugdteam on the
 * samenwerkingsafspraken, towards a lokale kamer — so "in opbouw". Some streefdatums lie in the
 * past on purpose, to show late mijlpalen.
 */

type Stap = [MijlpaalStatus, streefdatum: string | null, gereedOp?: string | null, toelichting?: string, documentUrl?: string];

interface KamerSeed {
  gemeente: string;
  /** Who made the changes in the demo history. */
  door: string;
  procesregisseur?: string;
  /** One step per template mijlpaal, in template order. */
  stappen: Stap[];
  eigen?: { titel: string; stap: Stap }[];
}

const KAMERS: KamerSeed[] = [
  {
    gemeente: "Voorschoten",
    door: "procesregisseur@voorschoten.example",
    procesregisseur: "procesregisseur@voorschoten.example",
    stappen: [
      ["bezig", "2026-12-31", null, "De samenwerkingsafspraken huiselijk geweld met het jeugdteam van Voorschoten voor Elkaar zijn in ontwikkeling; het jeugdteam is sinds juli 2022 actief."],
      ["bezig", "2026-09-30", null, "Veilig Thuis en het jeugdteam doen mee; politie en GGD worden nog benaderd."],
      ["gereed", "2024-03-31", "2024-02-15", "De procesregisseur van de gemeente is aangewezen en werkt samen met het jeugdteam aan de lokale vertaling van de regiovisie."],
      ["open", "2027-03-31"],
      ["open", "2027-03-31"],
      ["open", "2027-06-30"],
      ["open", null],
      ["open", "2028-06-30"],
    ],
  },
  {
    gemeente: "Leiden",
    door: "beleid@leiden.example",
    stappen: [
      ["gereed", "2024-03-31", "2024-03-12", "Convenant lokale kamer Leiden getekend.", "https://www.example.org/leiden/convenant-lokale-kamer.pdf"],
      ["gereed", "2024-03-31", "2024-03-12"],
      ["gereed", "2024-01-31", "2024-01-20"],
      ["gereed", "2024-06-30", "2024-06-04", "Werkwijze en privacyparagraaf vastgesteld.", "https://www.example.org/leiden/werkwijze-lokale-kamer.pdf"],
      ["gereed", "2024-06-30", "2024-06-04", "Tweewekelijks op dinsdagochtend."],
      ["gereed", "2024-09-30", "2024-09-17"],
      ["bezig", "2026-12-31", null, "Veiligheidsplannen worden opgesteld; de monitoring wordt nog ingericht."],
      ["open", "2027-06-30"],
    ],
  },
  {
    gemeente: "Katwijk",
    door: "beleid@katwijk.example",
    stappen: [
      ["gereed", "2023-12-31", "2023-11-30"],
      ["gereed", "2023-12-31", "2023-11-30"],
      ["gereed", "2023-10-31", "2023-10-02"],
      ["gereed", "2024-03-31", "2024-02-26", "Werkwijze vastgelegd in het draaiboek lokale kamer.", "https://www.example.org/katwijk/draaiboek-lokale-kamer.pdf"],
      ["gereed", "2024-03-31", "2024-02-26"],
      ["gereed", "2024-04-30", "2024-04-11"],
      ["gereed", "2024-12-31", "2024-11-28"],
      ["gereed", "2026-06-30", "2026-06-15", "Evaluatie met de deelnemers besproken; verbeterpunten opgenomen in de werkwijze."],
    ],
  },
  {
    gemeente: "Gouda",
    door: "beleid@gouda.example",
    stappen: [
      ["gereed", "2024-06-30", "2024-05-21"],
      ["gereed", "2024-06-30", "2024-05-21"],
      ["gereed", "2024-03-31", "2024-03-01"],
      ["gereed", "2024-09-30", "2024-10-08"],
      ["gereed", "2024-09-30", "2024-10-08"],
      ["gereed", "2024-12-31", "2024-11-19"],
      ["gereed", "2025-06-30", "2025-07-03"],
      ["bezig", "2026-10-01", null, "Evaluatie loopt; de uitkomsten volgen in het eerste kwartaal."],
    ],
  },
  {
    gemeente: "Alphen aan den Rijn",
    door: "coordinator@leiden.example",
    stappen: [
      ["gereed", "2025-03-31", "2025-03-25"],
      ["gereed", "2025-06-30", "2025-06-10"],
      ["gereed", "2025-01-31", "2025-01-14"],
      ["bezig", "2026-06-30", null, "Afspraken over gegevensdeling liggen bij de functionaris gegevensbescherming."],
      ["open", "2026-09-30"],
      ["open", "2027-01-31"],
      ["open", null],
      ["open", null],
    ],
  },
  {
    gemeente: "Waddinxveen",
    door: "coordinator@gouda.example",
    stappen: [
      ["gereed", "2025-06-30", "2025-06-02"],
      ["gereed", "2025-06-30", "2025-06-02"],
      ["gereed", "2025-03-31", "2025-02-17"],
      ["gereed", "2025-12-31", "2025-12-09"],
      ["nvt", null, null, "De lokale kamer sluit aan bij de bestaande planning van het multidisciplinair overleg."],
      ["open", "2027-02-28"],
      ["open", null],
      ["open", null],
    ],
  },
  {
    gemeente: "Leiderdorp",
    door: "coordinator@leiden.example",
    stappen: [
      ["bezig", "2026-12-31", null, "Eerste gesprekken met het lokale team gevoerd."],
      ["open", "2026-12-31"],
      ["open", "2026-10-31"],
      ["open", null],
      ["open", null],
      ["open", null],
      ["open", null],
      ["open", null],
    ],
    eigen: [{ titel: "Samenwerking met de lokale kamer van Leiden verkend", stap: ["bezig", "2026-12-31", null, "Verkend of Leiderdorp kan aansluiten bij de lokale kamer van Leiden."] }],
  },
];

const SJABLOON = (bestand as unknown as { regios: { slug: string; lokale_kamer_mijlpalen_voorbeeld?: string[] }[] }).regios.find(
  (r) => r.slug === "hollands-midden",
)?.lokale_kamer_mijlpalen_voorbeeld;

function idVan(tx: Tx, email: string): number {
  const rij = tx.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, email)).get();
  if (!rij) throw new Error(`Seed lokale kamer verwijst naar onbekend account ${email}`);
  return rij.id;
}

export function seedLokaleKamers(tx: Tx): void {
  if (!SJABLOON?.length) throw new Error("regiovisies.json heeft geen lokale_kamer_mijlpalen_voorbeeld voor Hollands Midden");
  const regioId = tx.select({ id: regio.id }).from(regio).where(eq(regio.slug, "hollands-midden")).get()?.id;
  if (regioId === undefined) throw new Error("Seed lokale kamer: Hollands Midden ontbreekt");

  const sjabloon = SJABLOON.map((titel, i) =>
    tx
      .insert(mijlpaalTemplate)
      .values({ regioId, titel, volgorde: i + 1 })
      .returning({ id: mijlpaalTemplate.id, titel: mijlpaalTemplate.titel, volgorde: mijlpaalTemplate.volgorde })
      .get(),
  );

  for (const kamer of KAMERS) {
    if (kamer.stappen.length !== sjabloon.length) throw new Error(`Seed lokale kamer ${kamer.gemeente}: één stap per mijlpaal`);
    const gemeenteId = tx
      .select({ id: gemeente.id })
      .from(gemeente)
      .where(and(eq(gemeente.regioId, regioId), eq(gemeente.naam, kamer.gemeente)))
      .get()?.id;
    if (gemeenteId === undefined) throw new Error(`Seed lokale kamer: onbekende gemeente ${kamer.gemeente}`);
    const door = idVan(tx, kamer.door);
    const gereedData = kamer.stappen.map((s) => s[2]).filter((d): d is string => !!d).sort();
    const eersteDatum = gereedData[0] ?? "2025-09-01";
    // Work in progress was reported after the last mijlpaal that was completed.
    const laatsteDatum = gereedData.at(-1) ?? eersteDatum;

    const lokaleKamerId = tx
      .insert(lokaleKamer)
      .values({
        gemeenteId,
        procesregisseurId: kamer.procesregisseur ? idVan(tx, kamer.procesregisseur) : null,
        aangemaaktOp: `${eersteDatum}T08:00:00.000Z`,
      })
      .returning({ id: lokaleKamer.id })
      .get().id;
    tx.insert(audit)
      .values({
        regioId,
        gebruikerId: door,
        entiteit: "lokale_kamer",
        entiteitId: String(lokaleKamerId),
        actie: "aangemaakt",
        na: { gemeenteId, mijlpalen: sjabloon.length },
        tijdstip: `${eersteDatum}T08:00:00.000Z`,
      })
      .run();

    const rijen = [
      ...sjabloon.map((t, i) => ({ templateId: t.id, titel: t.titel, volgorde: t.volgorde, stap: kamer.stappen[i]! })),
      ...(kamer.eigen ?? []).map((e, i) => ({ templateId: null, titel: e.titel, volgorde: sjabloon.length + i + 1, stap: e.stap })),
    ];
    for (const rij of rijen) {
      const [status, streefdatum, gereedOp = null, toelichting = null, documentUrl = null] = rij.stap;
      const id = tx
        .insert(mijlpaal)
        .values({ lokaleKamerId, templateId: rij.templateId, titel: rij.titel, volgorde: rij.volgorde, status, streefdatum, gereedOp, toelichting, documentUrl })
        .returning({ id: mijlpaal.id })
        .get().id;
      if (status === "open") continue;
      tx.insert(audit)
        .values({
          regioId,
          gebruikerId: door,
          entiteit: "mijlpaal",
          entiteitId: String(id),
          actie: rij.templateId === null ? "aangemaakt" : "gewijzigd",
          voor: { lokaleKamerId, mijlpaal: rij.titel, status: "open", gereedOp: null },
          na: { lokaleKamerId, mijlpaal: rij.titel, status, gereedOp },
          tijdstip: `${gereedOp ?? laatsteDatum}T09:00:00.000Z`,
        })
        .run();
    }
  }
}
