import { useState } from "react";
import { Form, useFetcher } from "react-router";
import type { ActieStatus } from "../../../db/enums";
import { formatDatum } from "../../domain/format";
import type { AgendaReden } from "../../domain/overleg/agenda-regels";
import {
  opgeslagenBesluit,
  opgeslagenVoortgang,
  type OverlegAntwoord,
} from "../../domain/overleg/overleg-antwoord";
import { STATUS_LABELS } from "../../domain/status";
import { useGehydrateerd } from "../gehydrateerd";
import { StatusBadge } from "../status-badge";
import { BesluitForm, BesluitMelding, besluitFetcherKey } from "./besluit-form";
import { RedenBadges } from "./reden-badges";
import { VoortgangInline, voortgangFetcherKey } from "./voortgang-inline";

export interface AgendaItemWeergave {
  id: number;
  code: string;
  titel: string;
  planJaar: number;
  status: ActieStatus;
  deadline: string;
  eigenaar: string;
  trekker: string | null;
  redenen: AgendaReden[];
  laatsteVoortgang: { id: number; datum: string; toelichting: string } | null;
  magBijwerken: boolean;
  besluiten: { id: number; tekst: string; auteur: string }[];
}

interface AgendaItemProps {
  item: AgendaItemWeergave;
  regioSlug: string;
  overlegJaar: number;
  action: string;
  formKey: string;
  vandaag: string;
  magBeheren: boolean;
  volgende: { href: string; label: string };
  vooruitkijkWeken: number;
  /** Opened by the URL (?punt=), the way to the forms without JavaScript. */
  geopendInUrl: boolean;
  eerderAntwoord?: OverlegAntwoord;
}

/** One agendapunt in meeting mode: what the actie is, why it is discussed, and its inline forms. */
export function AgendaItem({
  item,
  regioSlug,
  overlegJaar,
  action,
  formKey,
  vandaag,
  magBeheren,
  volgende,
  vooruitkijkWeken,
  geopendInUrl,
  eerderAntwoord,
}: AgendaItemProps) {
  const voortgang = useFetcher<OverlegAntwoord>({
    key: voortgangFetcherKey(item.id),
  });
  const besluit = useFetcher<OverlegAntwoord>({
    key: besluitFetcherKey(item.id),
  });
  const kopId = `actie-${item.id}-kop`;
  const formulierenId = `actie-${item.id}-formulieren`;
  const gehydrateerd = useGehydrateerd();
  const [open, setOpen] = useState(false);
  // The forms of an agendapunt are built only when it is opened: all of them at once made an agenda
  // of 200 acties 1.4 MB and far over the 50 ms budget. Without JavaScript "?punt=" opens one.
  const formulierenZichtbaar =
    open ||
    geopendInUrl ||
    eerderAntwoord !== undefined ||
    voortgang.state !== "idle" ||
    besluit.state !== "idle";
  const kanInvullen = item.magBijwerken || magBeheren;

  // Optimistic: while saving, the status the user chose is shown as the status.
  const nieuweStatus =
    voortgang.state !== "idle"
      ? (voortgang.formData?.get("status") as ActieStatus | null)
      : null;
  const getoondeStatus = nieuweStatus ?? item.status;
  const voortgangOpgeslagen =
    voortgang.state === "idle"
      ? opgeslagenVoortgang(voortgang.data)
      : undefined;
  const besluitOpgeslagen =
    besluit.state === "idle" ? opgeslagenBesluit(besluit.data) : undefined;

  const voortgangKey = `${formKey}-${item.id}-v${item.laatsteVoortgang?.id ?? 0}`;
  const besluitKey = `${formKey}-b${item.id}-${item.besluiten.length}`;
  const eerderVoor = (intent: string) =>
    eerderAntwoord?.intent === intent ? eerderAntwoord : undefined;
  const verwijderAntwoord = eerderVoor("agendapunt-verwijderen");
  const verwijderFout =
    verwijderAntwoord && !verwijderAntwoord.ok
      ? Object.values(verwijderAntwoord.errors)[0]
      : undefined;

  return (
    <article
      id={`actie-${item.id}`}
      tabIndex={-1}
      aria-labelledby={kopId}
      className="agendapunt"
    >
      <h4 id={kopId}>
        {/* A plain link: <Link> costs ≈ 30 µs each on the server, and an agenda can hold hundreds. */}
        <a href={`/r/${regioSlug}/acties/${item.id}`}>
          {`${item.code} ${item.titel}`}
        </a>
      </h4>
      <a
        href={volgende.href}
        className="no-print mt-1 inline-block min-h-6 text-sm"
      >
        {volgende.label}
      </a>
      <RedenBadges
        redenen={item.redenen}
        vooruitkijkWeken={vooruitkijkWeken}
      />
      {/* Two lines of text rather than a list of eleven elements: an agenda holds hundreds of these. */}
      <p className="agendapunt-feiten">
        {"Status: "}
        <StatusBadge status={getoondeStatus} />
        {voortgang.state === "submitting" ? (
          <span className="ml-2 text-sm text-slate-700">(wordt opgeslagen)</span>
        ) : null}
        {` · Deadline ${formatDatum(item.deadline)}${item.planJaar !== overlegJaar ? ` (uitvoeringsplan ${item.planJaar})` : ""}` +
          ` · Eigenaar ${item.eigenaar} · Trekker ${item.trekker ?? "geen"}`}
      </p>
      <p className="agendapunt-voortgang">
        {item.laatsteVoortgang
          ? `Laatste voortgang ${formatDatum(item.laatsteVoortgang.datum)}: ${item.laatsteVoortgang.toelichting || "geen toelichting."}`
          : "Nog geen voortgang gemeld."}
      </p>
      {item.besluiten.length > 0 ? (
        <div className="mt-3">
          <h5 className="font-semibold">Besluiten</h5>
          <ul className="list-disc pl-6">
            {item.besluiten.map((b) => (
              <li key={b.id} className="whitespace-pre-line">
                {b.tekst}{" "}
                <span className="text-sm text-slate-700">({b.auteur})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {/* The save messages come from fetchers, so they exist only once the page runs in the
          browser; two empty live regions in each of 200 agendapunten were 400 elements to render. */}
      {gehydrateerd ? (
        <p role="status" className="agendapunt-melding">
          {voortgang.state === "submitting"
            ? "Voortgang wordt opgeslagen…"
            : voortgangOpgeslagen
              ? `Voortgang opgeslagen. Status: ${STATUS_LABELS[voortgangOpgeslagen.status]}.`
              : ""}
        </p>
      ) : null}
      {gehydrateerd && magBeheren ? (
        <BesluitMelding bezig={besluit.state === "submitting"} vastgelegd={besluitOpgeslagen !== undefined} />
      ) : null}
      {item.magBijwerken ? null : (
        <p className="mt-3 text-slate-700">
          U kunt de voortgang van deze actie niet bijwerken; u leest mee.
        </p>
      )}
      {!kanInvullen ? null : gehydrateerd ? (
        <button
          type="button"
          aria-expanded={formulierenZichtbaar}
          aria-controls={formulierenZichtbaar ? formulierenId : undefined}
          onClick={() => setOpen(!formulierenZichtbaar)}
          className="agendapunt-knop no-print"
        >
          Bijwerken<span className="sr-only">{` van ${item.code}`}</span>
        </button>
      ) : formulierenZichtbaar ? null : (
        <a
          href={`?punt=${item.id}#actie-${item.id}`}
          className="agendapunt-knop no-print"
        >
          Bijwerken<span className="sr-only">{` van ${item.code}`}</span>
        </a>
      )}
      {formulierenZichtbaar ? (
        <div id={formulierenId}>
          {item.magBijwerken ? (
            <VoortgangInline
              key={voortgangKey}
              action={action}
              actieId={item.id}
              huidigeStatus={item.status}
              idempotencyKey={voortgangKey}
              datum={vandaag}
              eerderAntwoord={eerderVoor("voortgang")}
              neemFocus={
                voortgangOpgeslagen !== undefined &&
                voortgangOpgeslagen.voortgangId === item.laatsteVoortgang?.id
              }
            />
          ) : null}
          {magBeheren ? (
            <BesluitForm
              key={besluitKey}
              action={action}
              actieId={item.id}
              idempotencyKey={besluitKey}
              eerderAntwoord={eerderVoor("besluit")}
              neemFocus={
                besluitOpgeslagen !== undefined &&
                besluitOpgeslagen.besluitId === item.besluiten.at(-1)?.id
              }
            />
          ) : null}
        </div>
      ) : null}
      {magBeheren && item.redenen.includes("handmatig") ? (
        <>
          {verwijderFout ? (
            <p role="alert" className="mt-3 font-semibold text-red-900">
              {verwijderFout}
            </p>
          ) : null}
          <Form method="post" action={action} className="no-print mt-3">
            <input type="hidden" name="intent" value="agendapunt-verwijderen" />
            <input type="hidden" name="actieId" value={item.id} />
            <button
              type="submit"
              className="min-h-11 rounded border border-red-700 px-3 py-1 font-semibold text-red-800 hover:bg-red-50"
            >
              Van de agenda halen
              <span className="sr-only">: {item.code}</span>
            </button>
          </Form>
        </>
      ) : null}
    </article>
  );
}
