import { useCallback, useState } from "react";
import type { ShouldRevalidateFunctionArgs } from "react-router";
import type { Route } from "./+types/mijn-acties";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { StatusBadge } from "../../components/status-badge";
import { VoortgangForm } from "../../components/voortgang-form";
import { URGENTIE_GROEPEN, URGENTIE_KOPPEN } from "../../domain/plan/mijn-acties-urgentie";
import { laadMijnActies, type MijnActie, type MijnActies } from "../../domain/plan/mijn-acties.server";

export const meta: Route.MetaFunction = () => [{ title: "Mijn acties — Regiovisie Uitvoeringsplan" }];

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const plek = user.rollen.find((r) => r.regioId === regio.id);
  return {
    regioSlug: regio.slug,
    namens: plek?.gemeenteNaam ?? plek?.organisatieNaam ?? null,
    mijn: laadMijnActies(user, regio),
    formKey: crypto.randomUUID(),
  };
}

/** After a refused voortgang the page stays as it is, so a retry reuses the same idempotency key. */
export function shouldRevalidate({ actionResult, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if ((actionResult as { ok?: boolean } | undefined)?.ok === false) return false;
  return defaultShouldRevalidate;
}

export default function MijnActiesPagina({ loaderData }: Route.ComponentProps) {
  const { regioSlug, namens, mijn, formKey } = loaderData;
  return (
    <>
      <h1>Mijn acties</h1>
      {mijn === null ? (
        <p className="mt-4 max-w-3xl">
          U kunt in deze regio meelezen, maar geen voortgang van acties bijwerken. Daarom staan hier geen acties. De stand
          van alle acties vindt u bij de <a href={`/r/${regioSlug}/plannen`}>uitvoeringsplannen</a>.
        </p>
      ) : (
        <MijnActiesLijst regioSlug={regioSlug} namens={namens} mijn={mijn} formKey={formKey} />
      )}
    </>
  );
}

function Uitleg({ regioSlug, namens, mijn }: { regioSlug: string; namens: string | null; mijn: MijnActies }) {
  const plannen = mijn.planJaren.map((jaar, i) => (
    <span key={jaar}>
      {i > 0 ? " en " : ""}
      <a href={`/r/${regioSlug}/plannen/${jaar}`}>uitvoeringsplan {jaar}</a>
    </span>
  ));
  if (mijn.soort === "coordinator") {
    return (
      <p className="mt-2 max-w-3xl">
        Als coördinator mag u de voortgang van alle acties van de regio bijwerken. Hier staan alleen de acties waarvan u
        eigenaar bent; alle acties vindt u in het {plannen.length > 0 ? plannen : "uitvoeringsplan"}.
      </p>
    );
  }
  const wie =
    mijn.soort === "gemeente" && namens
      ? `lokale acties van ${namens}, acties waarvan ${namens} trekker is`
      : mijn.soort === "partner" && namens
        ? `acties waarvan ${namens} trekker is`
        : null;
  return (
    <p className="mt-2 max-w-3xl">
      Hier staan de {wie ? `${wie} en de ` : ""}acties waarvan u eigenaar bent
      {plannen.length > 0 ? <> in het {plannen}</> : null}. De meest dringende staan bovenaan.
    </p>
  );
}

function MijnActiesLijst({
  regioSlug,
  namens,
  mijn,
  formKey,
}: {
  regioSlug: string;
  namens: string | null;
  mijn: MijnActies;
  formKey: string;
}) {
  return (
    <>
      <Uitleg regioSlug={regioSlug} namens={namens} mijn={mijn} />
      {mijn.acties.length === 0 ? (
        <p className="mt-6 rounded border border-slate-300 bg-white p-5 font-semibold">
          Er zijn geen acties die u nu kunt bijwerken.
        </p>
      ) : (
        URGENTIE_GROEPEN.map((groep) => {
          const acties = mijn.acties.filter((a) => a.groep === groep);
          if (acties.length === 0) return null;
          return (
            <section key={groep} aria-labelledby={`groep-${groep}`} className="mt-8">
              <h2 id={`groep-${groep}`}>
                {URGENTIE_KOPPEN[groep]} ({acties.length})
              </h2>
              <ul className="mt-3 space-y-3">
                {acties.map((a) => (
                  <ActieKaart key={a.id} regioSlug={regioSlug} actie={a} formKey={formKey} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </>
  );
}

function ActieKaart({ regioSlug, actie, formKey }: { regioSlug: string; actie: MijnActie; formKey: string }) {
  const [hoofdreden, ...andereRedenen] = actie.redenen;
  const [opgeslagen, setOpgeslagen] = useState(0);
  const naOpslaan = useCallback(() => setOpgeslagen((n) => n + 1), []);
  return (
    <li className="rounded border border-slate-300 bg-white p-4">
      <h3 className="text-base">
        <span className="mr-2 font-semibold">{actie.code}</span>
        <a href={`/r/${regioSlug}/acties/${actie.id}`}>{actie.titel}</a>
      </h3>
      <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <StatusBadge status={actie.status} />
        <span className="font-semibold">{hoofdreden}</span>
        {andereRedenen.map((r) => (
          <span key={r}>{r}</span>
        ))}
      </p>
      <p className="mt-1 text-sm text-slate-700">
        Uitvoeringsplan {actie.planJaar} · {actie.niveau === "lokaal" ? `Lokaal: ${actie.gemeente ?? ""}` : "Regionaal"}
        {actie.trekker ? ` · Trekker: ${actie.trekker}` : ""}
        {actie.isEigenaar ? " · U bent eigenaar" : ""}
      </p>
      <details className="mt-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-primary-700 underline">
          Voortgang bijwerken<span className="sr-only"> van {actie.code}</span>
        </summary>
        <div className="mt-2 max-w-2xl">
          <VoortgangForm
            compact
            regioSlug={regioSlug}
            actieId={actie.id}
            huidigeStatus={actie.status}
            idempotencyKey={`${formKey}-${actie.id}-${opgeslagen}`}
            onSaved={naOpslaan}
          />
        </div>
      </details>
    </li>
  );
}
