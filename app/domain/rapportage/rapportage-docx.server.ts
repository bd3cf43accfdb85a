import {
  Document,
  HeadingLevel,
  Packer,

  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { ACTIE_STATUSSEN } from "../../../db/schema";
import { FINANCIERING_LABELS } from "../acties/actie-schema";
import { formatBedrag, formatDatum } from "../format";
import { FASE_LABELS } from "../lokale-kamer/fase";
import { PLAN_STATUS_LABELS, STATUS_LABELS } from "../status";
import { LEGENDA } from "./legenda";
import type { Kosten, Rapportage, RapportageActielijn } from "./model";

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Slugs are [a-z0-9-] by construction; the filter keeps the header safe all the same. */
export function rapportageBestandsnaam(regioSlug: string, jaar: number, gemeenteSlug: string | null): string {
  const veilig = (s: string) => s.replace(/[^a-z0-9-]/gi, "");
  return `voortgangsrapportage-${veilig(regioSlug)}-${jaar}${gemeenteSlug ? `-${veilig(gemeenteSlug)}` : ""}.docx`;
}

type Kop = (typeof HeadingLevel)[keyof typeof HeadingLevel];

const kop = (tekst: string, heading: Kop, nieuwePagina = false) =>
  new Paragraph({ heading, pageBreakBefore: nieuwePagina, children: [new TextRun(tekst)] });
const alinea = (tekst: string) => new Paragraph({ children: [new TextRun(tekst)] });

function tabel(koppen: string[], rijen: string[][]): Table {
  const cel = (tekst: string, vet = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: tekst, bold: vet })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: koppen.map((k) => cel(k, true)) }),
      ...rijen.map((r) => new TableRow({ cantSplit: true, children: r.map((t) => cel(t)) })),
    ],
  });
}

function kostenTabel(kosten: Kosten): (Paragraph | Table)[] {
  const rijen = kosten.posten
    .filter((p) => p.aantal > 0)
    .map((p) => [FINANCIERING_LABELS[p.financiering], String(p.aantal), formatBedrag(p.bedragCenten), String(p.zonderBedrag)]);
  if (rijen.length === 0 && kosten.onbekend === 0) return [alinea("Geen acties.")];
  const uit: (Paragraph | Table)[] = [];
  if (rijen.length > 0) uit.push(tabel(["Financiering", "Acties", "Bekende bedragen", "Acties zonder bedrag"], rijen));
  if (kosten.onbekend > 0) uit.push(alinea(`Bij ${kosten.onbekend} actie(s) is de financiering niet vastgelegd.`));
  return uit;
}

function actielijnInhoud(lijn: RapportageActielijn): (Paragraph | Table)[] {
  const inhoud: (Paragraph | Table)[] = [
    kop(`Actielijn ${lijn.code} ${lijn.titel}`, HeadingLevel.HEADING_1, true),
    kop("Wat wilden we bereiken", HeadingLevel.HEADING_2),
    ...lijn.doelstellingen.map((d) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: `${d.code} `, bold: true }), new TextRun(d.tekst)] })),
    kop("Wat hebben we gedaan", HeadingLevel.HEADING_2),
  ];
  if (lijn.acties.length === 0) inhoud.push(alinea("Geen acties in dit jaar."));
  else
    inhoud.push(
      tabel(
        ["Actie", "Status", "Laatste toelichting"],
        lijn.acties.map((a) => [`${a.code} ${a.titel}${a.gemeente ? ` (lokaal, ${a.gemeente})` : ""}`, STATUS_LABELS[a.status], a.laatsteToelichting ?? "—"]),
      ),
    );
  const behaald = lijn.acties.filter((a) => a.voortgang.length > 0);
  if (behaald.length > 0) {
    inhoud.push(kop("Voortgang in het jaar", HeadingLevel.HEADING_3));
    for (const a of behaald) {
      inhoud.push(new Paragraph({ children: [new TextRun({ text: `${a.code} ${a.titel}`, bold: true }), new TextRun(a.afgerondOp ? ` — afgerond op ${formatDatum(a.afgerondOp)}` : "")] }));
      for (const v of a.voortgang)
        inhoud.push(
          new Paragraph({
            bullet: { level: 0 },
            children: [new TextRun(`${formatDatum(v.datum)}: ${STATUS_LABELS[v.statusNaar]}${v.toelichting ? ` — ${v.toelichting}` : ""}`)],
          }),
        );
    }
  }
  inhoud.push(kop("Wat kostte het", HeadingLevel.HEADING_2), ...kostenTabel(lijn.kosten));
  return inhoud;
}

/** An editable Word document a beleidsmedewerker can turn into a raadsinformatiebrief. */
export async function maakRapportageDocx(r: Rapportage): Promise<Buffer> {
  const s = r.samenvatting;
  const vaststelling = r.plan.vastgesteldOp
    ? `Vastgesteld op ${formatDatum(r.plan.vastgesteldOp)}${r.plan.besluitnummer ? ` (besluit ${r.plan.besluitnummer})` : ""}${r.plan.besluit ? `: ${r.plan.besluit}` : ""}.`
    : `Status van het plan: ${PLAN_STATUS_LABELS[r.plan.status]}.`;
  const inhoud: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(r.titel)] }),
    alinea(`Regio ${r.regio.naam} — uitvoeringsplan ${r.jaar}`),
    kop("Samenvatting", HeadingLevel.HEADING_1),
    alinea(vaststelling),
    alinea(`${s.totaal} acties, waarvan ${s.pctAfgerond}% afgerond (vervallen acties tellen niet mee). In ${r.jaar} zijn ${s.afgerondInJaar} acties afgerond.`),
    tabel(["Status", "Aantal acties"], ACTIE_STATUSSEN.map((st) => [STATUS_LABELS[st], String(s.telling[st])])),
    kop("Kosten in totaal", HeadingLevel.HEADING_2),
    ...kostenTabel(r.kosten),
    kop("Legenda stoplicht", HeadingLevel.HEADING_2),
    ...LEGENDA.map((l) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: `${l.label} (${l.kleur}): `, bold: true }), new TextRun(l.definitie)] })),
    ...r.actielijnen.flatMap(actielijnInhoud),
  ];
  if (r.bijlagen.length > 0) {
    inhoud.push(kop(r.gemeente ? "Bijlage: lokale invulling" : "Bijlage: lokale invulling per gemeente", HeadingLevel.HEADING_1, true));
    for (const b of r.bijlagen) {
      const k = b.lokaleKamer;
      inhoud.push(
        kop(b.gemeente.naam, HeadingLevel.HEADING_2),
        alinea(`Doelstellingen lokaal ingevuld: ${b.dekking.gedekt} van ${b.dekking.totaal}.`),
        b.acties.length === 0
          ? alinea("Geen lokale acties of eigen uitvoering in dit plan.")
          : tabel(["Actie", "Soort", "Status"], b.acties.map((a) => [`${a.code} ${a.titel}`, a.soort === "lokaal" ? "Lokale actie" : "Eigen deel regionale actie", STATUS_LABELS[a.status]])),
        alinea(
          `Lokale kamer: ${FASE_LABELS[k.fase]}${k.gestart ? "" : " (nog niet gestart)"}; ${k.gereed} van ${k.totaal} mijlpalen gereed${k.teLaat > 0 ? `; ${k.teLaat} te laat` : ""}.`,
        ),
      );
    }
  }
  const document = new Document({
    creator: "Regiovisie Uitvoeringsplan",
    title: r.titel,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1020, bottom: 1020, left: 907, right: 907 } } },
        children: inhoud,
      },
    ],
  });
  return Packer.toBuffer(document);
}

