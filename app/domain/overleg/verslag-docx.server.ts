import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { formatDatum } from "../format";
import { STATUS_LABELS } from "../status";
import type {
  Verslag,
  VerslagBesluit,
  VerslagWijziging,
} from "./verslag.server";

export const DOCX_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** "verslag-overleg-2026-11-12.docx": only digits and dashes come from data, so the header stays safe. */
export function verslagBestandsnaam(datum: string): string {
  return `verslag-overleg-${datum.replace(/[^0-9-]/g, "")}.docx`;
}

/** Line breaks typed in a textarea become breaks in Word, not one long line. */
function tekstRuns(tekst: string, opties: { bold?: boolean } = {}): TextRun[] {
  return tekst
    .split(/\r?\n/)
    .map(
      (regel, i) =>
        new TextRun({
          text: regel,
          bold: opties.bold,
          break: i > 0 ? 1 : undefined,
        }),
    );
}

function kop(
  tekst: string,
  heading: (typeof HeadingLevel)[keyof typeof HeadingLevel],
): Paragraph {
  return new Paragraph({ heading, children: tekstRuns(tekst) });
}

function wijzigingAlinea(w: VerslagWijziging): Paragraph[] {
  const overgang =
    w.van === w.naar
      ? `${STATUS_LABELS[w.naar]} (ongewijzigd)`
      : `${STATUS_LABELS[w.van]} → ${STATUS_LABELS[w.naar]}`;
  const alineas = [
    new Paragraph({
      bullet: { level: 0 },
      children: [
        new TextRun({ text: `${w.code} ${w.actieTitel}: `, bold: true }),
        new TextRun(`${overgang} (door ${w.auteur})`),
      ],
    }),
  ];
  const toelichtingen: [string, string | null][] = [
    ["Toelichting", w.toelichting],
    ["Oorzaak", w.oorzaak],
    ["Gevolg", w.gevolg],
    ["Bijsturing", w.bijsturing],
  ];
  for (const [label, tekst] of toelichtingen) {
    if (!tekst) continue;
    alineas.push(
      new Paragraph({
        indent: { left: 720 },
        children: [
          new TextRun({ text: `${label}: `, italics: true }),
          ...tekstRuns(tekst),
        ],
      }),
    );
  }
  return alineas;
}

function besluitAlinea(b: VerslagBesluit): Paragraph {
  const over =
    b.actieId !== null
      ? [new TextRun({ text: `${b.code} ${b.actieTitel ?? ""}: `, bold: true })]
      : [];
  return new Paragraph({
    bullet: { level: 0 },
    children: [...over, ...tekstRuns(b.tekst)],
  });
}

/** The verslag as a Word document the secretary can mail. */
export async function maakVerslagDocx(
  verslag: Verslag,
  regioNaam: string,
): Promise<Buffer> {
  const inhoud: Paragraph[] = [
    kop(verslag.overleg.titel, HeadingLevel.TITLE),
    new Paragraph({
      children: [
        new TextRun(
          `Regio ${regioNaam} · ${formatDatum(verslag.overleg.datum)}`,
        ),
      ],
    }),
    kop("Statuswijzigingen en besluiten per actielijn", HeadingLevel.HEADING_1),
  ];
  if (verslag.groepen.length === 0) {
    inhoud.push(
      new Paragraph(
        "In dit overleg zijn geen statuswijzigingen of besluiten over acties vastgelegd.",
      ),
    );
  }
  for (const groep of verslag.groepen) {
    inhoud.push(
      kop(
        groep.actielijn
          ? `Actielijn ${groep.actielijn.code} ${groep.actielijn.titel}`
          : "Acties zonder actielijn",
        HeadingLevel.HEADING_2,
      ),
    );
    if (groep.wijzigingen.length > 0) {
      inhoud.push(kop("Statuswijzigingen", HeadingLevel.HEADING_3));
      for (const w of groep.wijzigingen) inhoud.push(...wijzigingAlinea(w));
    }
    if (groep.besluiten.length > 0) {
      inhoud.push(kop("Besluiten", HeadingLevel.HEADING_3));
      for (const b of groep.besluiten) inhoud.push(besluitAlinea(b));
    }
  }
  inhoud.push(kop("Algemene besluiten", HeadingLevel.HEADING_1));
  if (verslag.algemeneBesluiten.length === 0)
    inhoud.push(new Paragraph("Geen algemene besluiten."));
  for (const b of verslag.algemeneBesluiten) inhoud.push(besluitAlinea(b));

  const document = new Document({
    title: verslag.overleg.titel,
    creator: "Regiovisie Uitvoeringsplan",
    styles: {
      default: { document: { run: { language: { value: "nl-NL" } } } },
    },
    sections: [{ children: inhoud }],
  });
  return Packer.toBuffer(document);
}
