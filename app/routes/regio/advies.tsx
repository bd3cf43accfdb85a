import { data, Form, Link, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/advies";
import { requirePermission, requireUser } from "../../auth/guards.server";
import { AdviespuntItem, type PuntFout } from "../../components/adviezen/adviespunt-item";
import { Button, Field, type FieldErrors } from "../../components/form";
import {
  KoppelenSchema,
  OntkoppelenSchema,
  PuntIdSchema,
  PuntToevoegenSchema,
  PuntVerplaatsenSchema,
  PuntWijzigenSchema,
  VerwerkingSchema,
} from "../../domain/adviezen/advies-formulieren";
import { MAX_PUNT, SOORT_LABELS } from "../../domain/adviezen/advies-labels";
import { requireAdvies } from "../../domain/adviezen/advies-toegang.server";
import {
  koppelActies,
  legVerwerkingVast,
  ontkoppelActie,
  verplaatsPunt,
  verwijderPunt,
  voegPuntToe,
  wijzigPunt,
  type Uitkomst,
} from "../../domain/adviezen/adviezen-opslaan.server";
import { listActieKeuzes, listPunten } from "../../domain/adviezen/adviezen.server";
import { formWaarden } from "../../domain/adviezen/form-waarden";
import { parseForm } from "../../domain/form-data";
import { formatDatum } from "../../domain/format";
import { can } from "../../domain/permissions";
import { PRIVACY_HINT } from "../../domain/privacy";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.advies.onderwerp ?? "Advies"} — Regiovisie Uitvoeringsplan` },
];

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const { regio, advies } = requireAdvies(user, params);
  const magBeheren = can(user, { recht: "actualisatie.beheren", regioId: regio.id });
  return {
    regioSlug: regio.slug,
    advies,
    punten: listPunten(regio.id, advies.id),
    magBeheren,
    actieKeuzes: magBeheren ? listActieKeuzes(regio.id) : [],
  };
}

interface Antwoord {
  intent: string;
  puntId: number | null;
  errors: FieldErrors;
  values: Record<string, string>;
}

function weigering(intent: string, form: FormData, errors: FieldErrors, status: 400 | 404 = 400) {
  const puntId = String(form.get("puntId") ?? "");
  const antwoord: Antwoord = {
    intent,
    puntId: /^\d{1,12}$/.test(puntId) ? Number(puntId) : null,
    errors,
    values: formWaarden(form),
  };
  return data(antwoord, { status });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const { regio, advies } = requireAdvies(user, params);
  requirePermission(user, { recht: "actualisatie.beheren", regioId: regio.id }, regio.id);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");

  const afronden = (uitkomst: Uitkomst, anker: string) => {
    if (!uitkomst.ok) return weigering(intent, form, uitkomst.errors, uitkomst.status);
    return redirect(`/r/${regio.slug}/adviezen/${advies.id}#${anker}`);
  };
  // A point id that is not a number names no point of this advies: the same 404 as a foreign id.
  const puntIdOf404 = () => {
    const welk = parseForm(form, PuntIdSchema);
    if (!welk.ok) throw data("Dit adviespunt bestaat niet.", { status: 404 });
    return welk.data.puntId;
  };

  switch (intent) {
    case "punt-toevoegen": {
      const invoer = parseForm(form, PuntToevoegenSchema);
      if (!invoer.ok) return weigering(intent, form, invoer.errors);
      const uitkomst = voegPuntToe(user, regio.id, advies.id, invoer.data.tekst);
      return afronden(uitkomst, uitkomst.ok ? `punt-${uitkomst.puntId}` : "punten");
    }
    case "punt-wijzigen": {
      const puntId = puntIdOf404();
      const invoer = parseForm(form, PuntWijzigenSchema);
      if (!invoer.ok) return weigering(intent, form, invoer.errors);
      return afronden(wijzigPunt(user, regio.id, advies.id, puntId, invoer.data.tekst), `punt-${puntId}`);
    }
    case "punt-verwijderen": {
      const puntId = puntIdOf404();
      return afronden(verwijderPunt(user, regio.id, advies.id, puntId), "punten");
    }
    case "punt-verplaatsen": {
      const puntId = puntIdOf404();
      const invoer = parseForm(form, PuntVerplaatsenSchema);
      if (!invoer.ok) return weigering(intent, form, invoer.errors);
      return afronden(verplaatsPunt(user, regio.id, advies.id, puntId, invoer.data.richting), `punt-${puntId}`);
    }
    case "verwerking": {
      const puntId = puntIdOf404();
      const invoer = parseForm(form, VerwerkingSchema);
      if (!invoer.ok) return weigering(intent, form, invoer.errors);
      return afronden(legVerwerkingVast(user, regio.id, advies.id, invoer.data), `punt-${puntId}`);
    }
    case "koppelen": {
      const puntId = puntIdOf404();
      const invoer = parseForm(form, KoppelenSchema);
      if (!invoer.ok) return weigering(intent, form, invoer.errors);
      return afronden(koppelActies(user, regio.id, advies.id, invoer.data), `punt-${puntId}`);
    }
    case "ontkoppelen": {
      const puntId = puntIdOf404();
      const invoer = parseForm(form, OntkoppelenSchema);
      if (!invoer.ok) return weigering(intent, form, invoer.errors);
      return afronden(ontkoppelActie(user, regio.id, advies.id, puntId, invoer.data.actieId), `punt-${puntId}`);
    }
    default:
      return weigering(intent, form, { form: "Onbekende handeling; laad de pagina opnieuw." });
  }
}

function PuntToevoegen({ fout }: { fout?: Antwoord }) {
  const navigation = useNavigation();
  const bezig = navigation.state === "submitting" && navigation.formData?.get("intent") === "punt-toevoegen";
  return (
    <section aria-labelledby="punt-toevoegen" className="mt-10 max-w-2xl">
      <h2 id="punt-toevoegen">Punt toevoegen</h2>
      <Form method="post" noValidate className="mt-3">
        <input type="hidden" name="intent" value="punt-toevoegen" />
        <Field id="nieuw-punt" label="Tekst van het nieuwe adviespunt" hint={PRIVACY_HINT} error={fout?.errors.tekst}>
          {(props) => <textarea {...props} name="tekst" rows={3} maxLength={MAX_PUNT} defaultValue={fout?.values.tekst ?? ""} />}
        </Field>
        <Button type="submit" disabled={bezig}>
          Punt toevoegen
        </Button>
      </Form>
    </section>
  );
}

export default function Advies({ loaderData, actionData }: Route.ComponentProps) {
  const { regioSlug, advies, punten, magBeheren, actieKeuzes } = loaderData;
  const antwoord = actionData as Antwoord | undefined;
  const algemeneFout = antwoord && antwoord.puntId === null && antwoord.intent !== "punt-toevoegen" ? antwoord.errors.form : undefined;
  const puntFout = (id: number): PuntFout | undefined => (antwoord?.puntId === id ? antwoord : undefined);
  const open = punten.filter((p) => p.verwerking === null).length;

  return (
    <article>
      <p className="text-sm">
        <Link to={`/r/${regioSlug}/adviezen`}>Alle adviezen</Link>
      </p>
      <h1 className="mt-2">{advies.onderwerp}</h1>
      <dl className="mt-3 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">Van</dt>
        <dd>{advies.adviesraad}</dd>
        <dt className="font-semibold">Soort</dt>
        <dd>{SOORT_LABELS[advies.soort]}</dd>
        {advies.gemeenteNaam ? (
          <>
            <dt className="font-semibold">Gemeente</dt>
            <dd>{advies.gemeenteNaam}</dd>
          </>
        ) : null}
        <dt className="font-semibold">Datum</dt>
        <dd>{formatDatum(advies.datum)}</dd>
      </dl>
      {algemeneFout ? (
        <p role="alert" className="mt-4 font-semibold text-red-800">
          {algemeneFout}
        </p>
      ) : null}

      <section id="punten" tabIndex={-1} aria-labelledby="punten-kop" className="mt-8">
        <h2 id="punten-kop">Adviespunten</h2>
        <p className="mt-1">
          {punten.length === 0
            ? "Dit advies heeft nog geen punten."
            : `${punten.length} ${punten.length === 1 ? "punt" : "punten"}, waarvan ${open} nog open.`}
        </p>
        {punten.length > 0 ? (
          <ol className="list-none">
            {punten.map((punt, i) => (
              <AdviespuntItem
                key={punt.id}
                punt={punt}
                nummer={i + 1}
                regioSlug={regioSlug}
                magBeheren={magBeheren}
                actieKeuzes={actieKeuzes}
                isEerste={i === 0}
                isLaatste={i === punten.length - 1}
                fout={puntFout(punt.id)}
              />
            ))}
          </ol>
        ) : null}
      </section>
      {magBeheren ? <PuntToevoegen fout={antwoord?.intent === "punt-toevoegen" ? antwoord : undefined} /> : null}
    </article>
  );
}
