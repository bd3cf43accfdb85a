import { randomUUID } from "node:crypto";
import { useState } from "react";
import { data, Link, redirect, useFetcher, useSearchParams } from "react-router";
import type { Route } from "./+types/overleg";
import {
  requirePermission,
  requireUser,
  type RegioContext,
  type Sessiegebruiker,
} from "../../auth/guards.server";
import type { FieldErrors } from "../../components/form";
import {
  AgendaItem,
  type AgendaItemWeergave,
} from "../../components/overleg/agenda-item";
import { AgendapuntToevoegen } from "../../components/overleg/agendapunt-toevoegen";
import {
  BesluitForm,
  BesluitMelding,
  besluitFetcherKey,
} from "../../components/overleg/besluit-form";
import { VerslagWeergave } from "../../components/overleg/verslag-weergave";
import {
  postVoortgang,
  VoortgangSchema,
} from "../../domain/acties/voortgang.server";
import { parseForm } from "../../domain/form-data";
import { alsJsonTekst, useJsonTekst } from "../../domain/json-tekst";
import { formatDatum, vandaag } from "../../domain/format";
import { berekenAgenda } from "../../domain/overleg/agenda.server";
import {
  opgeslagenBesluit,
  type OverlegAntwoord,
} from "../../domain/overleg/overleg-antwoord";
import {
  AgendapuntToevoegenSchema,
  AgendapuntVerwijderenSchema,
  BesluitSchema,
  VoortgangActieSchema,
} from "../../domain/overleg/overleg-formulieren";
import {
  legBesluitVast,
  verwijderAgendapunt,
  voegAgendapuntToe,
} from "../../domain/overleg/overleg-opslaan.server";
import { requireOverleg } from "../../domain/overleg/overleg-toegang.server";
import type { OverlegKop } from "../../domain/overleg/overleggen.server";
import { getVerslag, listBesluiten } from "../../domain/overleg/verslag.server";
import { can } from "../../domain/permissions";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.overleg.titel ?? "Overleg"} — Regiovisie Uitvoeringsplan` },
];

function vergadering(
  user: Sessiegebruiker,
  regio: RegioContext,
  overleg: OverlegKop,
  metKeuzelijst: boolean,
) {
  const agenda = berekenAgenda(regio, overleg, { metOverige: metKeuzelijst });
  // Grouped once: filtering the besluiten for each of a few hundred agenda items was n × m work.
  const besluitenPerActie = new Map<number | null, { id: number; tekst: string; auteur: string }[]>();
  for (const b of listBesluiten(regio.id, overleg.id)) {
    const lijst = besluitenPerActie.get(b.actieId) ?? [];
    lijst.push({ id: b.id, tekst: b.tekst, auteur: b.auteur });
    besluitenPerActie.set(b.actieId, lijst);
  }
  const groepen = agenda.groepen.map((groep) => ({
    actielijn: groep.actielijn,
    // Field by field: only what the page shows reaches it (the permission facts stay here, the
    // actielijn is the group's), and a rest-spread per item cost more than building the object.
    items: groep.items.map(
      (item): AgendaItemWeergave => ({
        id: item.id,
        code: item.code,
        titel: item.titel,
        planJaar: item.planJaar,
        status: item.status,
        deadline: item.deadline,
        eigenaar: item.eigenaar,
        trekker: item.trekker,
        redenen: item.redenen,
        laatsteVoortgang: item.laatsteVoortgang,
        magBijwerken: can(user, { recht: "voortgang.plaatsen", actie: item.feiten }),
        besluiten: besluitenPerActie.get(item.id) ?? [],
      }),
    ),
  }));
  return {
    groepen,
    aantal: agenda.aantal,
    // The "Agenda aanvullen" list only when asked for (?aanvullen): its few hundred options were a
    // tenth of the page, for a form used now and then.
    overige: agenda.overige,
    aantalOverige: agenda.aantalOverige,
    algemeneBesluiten: besluitenPerActie.get(null) ?? [],
  };
}

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const { regio, overleg } = requireOverleg(user, params);
  const magBeheren = can(user, { recht: "overleg.beheren", regioId: regio.id });
  const zoek = new URL(request.url).searchParams;
  const toonVerslag = zoek.get("weergave") === "verslag";
  return {
    regio: {
      slug: regio.slug,
      naam: regio.naam,
      nietBijgewerktWeken: regio.nietBijgewerktWeken,
    },
    overleg,
    magBeheren,
    verslag: toonVerslag ? getVerslag(regio.id, overleg) : null,
    vergadering: toonVerslag
      ? null
      : alsJsonTekst(vergadering(user, regio, overleg, magBeheren && zoek.has("aanvullen"))),
    // Per page load; a form's idempotency key adds the actie and a counter to it (see AgendaItem).
    formKey: randomUUID(),
    vandaag: vandaag(),
  };
}

function fout(
  intent: string,
  actieId: number | null,
  errors: FieldErrors,
  values: Record<string, string>,
  status = 400,
) {
  return data<OverlegAntwoord>(
    { intent, actieId, ok: false, errors, values },
    { status },
  );
}

function waardenUit(form: FormData): Record<string, string> {
  const waarden: Record<string, string> = {};
  for (const [veld, waarde] of form.entries())
    if (typeof waarde === "string") waarden[veld] = waarde;
  return waarden;
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const { regio, overleg } = requireOverleg(user, params);
  const form = await request.formData();
  // A fetcher wants the answer as data; a plain POST (no JS) goes back to the agendapunt.
  const viaFetcher = form.get("antwoord") === "data";
  const terug = (anker: string) =>
    redirect(`/r/${regio.slug}/overleg/${overleg.id}#${anker}`);
  const intent = String(form.get("intent") ?? "");
  const waarden = waardenUit(form);

  switch (intent) {
    case "voortgang": {
      const welke = parseForm(form, VoortgangActieSchema);
      if (!welke.ok)
        return fout(intent, null, { form: welke.errors.actieId }, waarden);
      const actieId = welke.data.actieId;
      const invoer = parseForm(form, VoortgangSchema);
      if (!invoer.ok)
        return fout(intent, actieId, invoer.errors, invoer.values);
      const uitkomst = postVoortgang(user, regio.id, actieId, invoer.data, {
        overlegId: overleg.id,
      });
      if (!uitkomst.ok)
        return fout(intent, actieId, uitkomst.errors, waarden, uitkomst.status);
      if (!viaFetcher) return terug(`actie-${actieId}`);
      return data<OverlegAntwoord>({
        intent,
        actieId,
        ok: true,
        status: uitkomst.status,
        voortgangId: uitkomst.voortgangId,
      });
    }

    case "besluit": {
      requirePermission(
        user,
        { recht: "overleg.beheren", regioId: regio.id },
        regio.id,
      );
      const invoer = parseForm(form, BesluitSchema);
      const actieId = /^\d{1,12}$/.test(waarden.actieId ?? "")
        ? Number(waarden.actieId)
        : null;
      if (!invoer.ok)
        return fout(intent, actieId, invoer.errors, invoer.values);
      const uitkomst = legBesluitVast(user, regio.id, overleg, invoer.data);
      if (!uitkomst.ok) return fout(intent, actieId, uitkomst.errors, waarden);
      if (!viaFetcher)
        return terug(actieId === null ? "besluiten" : `actie-${actieId}`);
      return data<OverlegAntwoord>({
        intent,
        actieId,
        ok: true,
        besluitId: uitkomst.besluitId,
      });
    }

    case "agendapunt-toevoegen": {
      requirePermission(
        user,
        { recht: "overleg.beheren", regioId: regio.id },
        regio.id,
      );
      const keuze = parseForm(form, AgendapuntToevoegenSchema);
      if (!keuze.ok) return fout(intent, null, keuze.errors, keuze.values);
      const uitkomst = voegAgendapuntToe(user, regio.id, overleg, keuze.data);
      if (!uitkomst.ok) return fout(intent, null, uitkomst.errors, waarden);
      return terug(`actie-${uitkomst.actieId}`);
    }

    case "agendapunt-verwijderen": {
      requirePermission(
        user,
        { recht: "overleg.beheren", regioId: regio.id },
        regio.id,
      );
      const welke = parseForm(form, AgendapuntVerwijderenSchema);
      if (!welke.ok) return fout(intent, null, welke.errors, welke.values);
      const uitkomst = verwijderAgendapunt(
        user,
        regio.id,
        overleg,
        welke.data.actieId,
      );
      if (!uitkomst.ok)
        return fout(intent, welke.data.actieId, uitkomst.errors, waarden);
      return terug("agenda");
    }

    default:
      return fout(
        intent,
        null,
        { form: "Onbekende handeling; laad de pagina opnieuw." },
        waarden,
      );
  }
}

function AlgemeneBesluiten({
  besluiten,
  action,
  formKey,
  magBeheren,
  eerderAntwoord,
}: {
  besluiten: { id: number; tekst: string; auteur: string }[];
  action: string;
  formKey: string;
  magBeheren: boolean;
  eerderAntwoord?: OverlegAntwoord;
}) {
  const fetcher = useFetcher<OverlegAntwoord>({ key: besluitFetcherKey(null) });
  const opgeslagen =
    fetcher.state === "idle" ? opgeslagenBesluit(fetcher.data) : undefined;
  const sleutel = `${formKey}-algemeen-${besluiten.length}`;
  return (
    <section
      id="besluiten"
      tabIndex={-1}
      aria-labelledby="besluiten-kop"
      className="mt-10"
    >
      <h2 id="besluiten-kop">Algemene besluiten</h2>
      {besluiten.length === 0 ? (
        <p className="mt-2">Er zijn nog geen algemene besluiten vastgelegd.</p>
      ) : (
        <ul className="mt-2 list-disc pl-6">
          {besluiten.map((b) => (
            <li key={b.id} className="whitespace-pre-line">
              {b.tekst}{" "}
              <span className="text-sm text-slate-700">({b.auteur})</span>
            </li>
          ))}
        </ul>
      )}
      {magBeheren ? (
        <>
          <BesluitMelding bezig={fetcher.state === "submitting"} vastgelegd={opgeslagen !== undefined} />
          <BesluitForm
            key={sleutel}
            action={action}
            actieId={null}
            idempotencyKey={sleutel}
            eerderAntwoord={eerderAntwoord}
            neemFocus={
              opgeslagen !== undefined &&
              opgeslagen.besluitId === besluiten.at(-1)?.id
            }
          />
        </>
      ) : null}
    </section>
  );
}

export default function Overleg({
  loaderData,
  actionData,
}: Route.ComponentProps) {
  const {
    regio,
    overleg,
    magBeheren,
    verslag,
  } = loaderData;
  const agenda = useJsonTekst(loaderData.vergadering);
  // Read once here rather than in each of a few hundred agendapunten.
  const [zoekParams] = useSearchParams();
  const puntInUrl = Number(zoekParams.get("punt"));
  // Kept for the life of the page: a new key per revalidation would reset every open form.
  const [formKey] = useState(loaderData.formKey);
  const basis = `/r/${regio.slug}/overleg/${overleg.id}`;
  const jaar = Number(overleg.datum.slice(0, 4));
  const antwoord = actionData as OverlegAntwoord | undefined;
  const antwoordVoor = (actieId: number | null) =>
    antwoord && antwoord.actieId === actieId ? antwoord : undefined;
  const items = agenda?.groepen.flatMap((g) => g.items) ?? [];
  const positie = new Map(items.map((item, i) => [item.id, i]));
  const volgendeNa = (actieId: number) => {
    const volgende = items[(positie.get(actieId) ?? items.length) + 1];
    return volgende
      ? { href: `#actie-${volgende.id}`, label: "Volgende agendapunt" }
      : { href: "#besluiten", label: "Naar de algemene besluiten" };
  };

  return (
    <article>
      <p className="no-print text-sm">
        <Link to={`/r/${regio.slug}/overleg`}>Alle overleggen</Link>
      </p>
      <h1 className="mt-2">{overleg.titel}</h1>
      <p className="mt-1 text-slate-700">
        {formatDatum(overleg.datum)} · Regio {regio.naam}
      </p>
      <nav aria-label="Weergave" className="no-print mt-4">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link
              to={basis}
              aria-current={verslag ? undefined : "page"}
              className="inline-block min-h-11 rounded border border-primary-700 px-4 py-2 font-semibold"
            >
              Vergadermodus
            </Link>
          </li>
          <li>
            <Link
              to={`${basis}?weergave=verslag`}
              aria-current={verslag ? "page" : undefined}
              className="inline-block min-h-11 rounded border border-primary-700 px-4 py-2 font-semibold"
            >
              Verslag
            </Link>
          </li>
        </ul>
      </nav>

      {verslag ? (
        <VerslagWeergave verslag={verslag} docxHref={`${basis}/verslag.docx`} />
      ) : null}

      {agenda ? (
        <>
          <section
            id="agenda"
            tabIndex={-1}
            aria-labelledby="agenda-kop"
            className="mt-8"
          >
            <h2 id="agenda-kop">
              Agenda (
              {agenda.aantal === 1 ? "1 actie" : `${agenda.aantal} acties`})
            </h2>
            <p className="mt-2 max-w-3xl">
              Op de agenda staan de acties van het uitvoeringsplan {jaar} en de
              nog openstaande acties van {jaar - 1} die aandacht nodig hebben of
              vertraagd zijn, over de deadline zijn, {regio.nietBijgewerktWeken}{" "}
              weken niet zijn bijgewerkt of binnen {overleg.vooruitkijkWeken}{" "}
              weken na het overleg hun deadline hebben, en de acties die met de
              hand zijn toegevoegd. Met &ldquo;Volgende agendapunt&rdquo;
              springt u naar de volgende actie.
            </p>
            {agenda.aantal === 0 ? (
              <p className="mt-4">Er staan geen acties op de agenda.</p>
            ) : null}
            {agenda.groepen.map((groep) => (
              <section
                key={groep.actielijn?.id ?? "zonder"}
                aria-label={
                  groep.actielijn
                    ? `Actielijn ${groep.actielijn.code}`
                    : "Zonder actielijn"
                }
                className="mt-8"
              >
                <h3>
                  {groep.actielijn
                    ? `Actielijn ${groep.actielijn.code} ${groep.actielijn.titel}`
                    : "Acties zonder actielijn"}
                </h3>
                {groep.items.map((item) => (
                  <AgendaItem
                    key={item.id}
                    item={item}
                    regioSlug={regio.slug}
                    overlegJaar={jaar}
                    action={basis}
                    formKey={formKey}
                    vandaag={loaderData.vandaag}
                    magBeheren={magBeheren}
                    volgende={volgendeNa(item.id)}
                    vooruitkijkWeken={overleg.vooruitkijkWeken}
                    geopendInUrl={item.id === puntInUrl}
                    eerderAntwoord={antwoordVoor(item.id)}
                  />
                ))}
              </section>
            ))}
          </section>
          <AlgemeneBesluiten
            besluiten={agenda.algemeneBesluiten}
            action={basis}
            formKey={formKey}
            magBeheren={magBeheren}
            eerderAntwoord={
              antwoord?.intent === "besluit" ? antwoordVoor(null) : undefined
            }
          />
          {magBeheren ? (
            <section aria-labelledby="aanvullen-kop" className="no-print mt-10">
              <h2 id="aanvullen-kop">Agenda aanvullen</h2>
              <p className="mt-2 max-w-3xl">
                Voeg een actie toe die niet vanzelf op de agenda staat.
              </p>
              <AgendapuntToevoegen
                basis={basis}
                overige={agenda.overige}
                aantalOverige={agenda.aantalOverige}
                eerderAntwoord={
                  antwoord?.intent === "agendapunt-toevoegen"
                    ? antwoord
                    : undefined
                }
              />
            </section>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
