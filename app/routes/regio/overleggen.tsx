import { data, Form, Link, redirect, useNavigation } from "react-router";
import { useState } from "react";
import type { Route } from "./+types/overleggen";
import {
  requirePermission,
  requireRegio,
  requireUser,
} from "../../auth/guards.server";
import { Button, ErrorSummary, Field } from "../../components/form";
import { parseForm } from "../../domain/form-data";
import { formatDatum, vandaag } from "../../domain/format";
import { STANDAARD_VOORUITKIJK_WEKEN, standaardTitel } from "../../domain/overleg/agenda-regels";
import { NieuwOverlegSchema } from "../../domain/overleg/overleg-formulieren";
import { maakOverleg } from "../../domain/overleg/overleg-opslaan.server";
import {
  listOverleggen,
  type OverlegKop,
} from "../../domain/overleg/overleggen.server";
import { can } from "../../domain/permissions";
import { PRIVACY_HINT } from "../../domain/privacy";

export const meta: Route.MetaFunction = () => [
  { title: "Overleg — Regiovisie Uitvoeringsplan" },
];

const LABELS = {
  datum: "Datum",
  titel: "Titel",
  vooruitkijkWeken: "Vooruitkijken (weken)",
};

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const overleggen = listOverleggen(regio.id);
  const vandaagDatum = vandaag();
  return {
    regioSlug: regio.slug,
    komend: overleggen.filter((o) => o.datum >= vandaagDatum),
    eerder: overleggen.filter((o) => o.datum < vandaagDatum),
    magBeheren: can(user, { recht: "overleg.beheren", regioId: regio.id }),
    voorstelDatum: vandaagDatum,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  requirePermission(
    user,
    { recht: "overleg.beheren", regioId: regio.id },
    regio.id,
  );
  const parsed = parseForm(await request.formData(), NieuwOverlegSchema);
  if (!parsed.ok)
    return data(
      { errors: parsed.errors, values: parsed.values },
      { status: 400 },
    );
  const id = maakOverleg(user, regio.id, parsed.data);
  return redirect(`/r/${regio.slug}/overleg/${id}`);
}

function isDatum(waarde: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(waarde) && !Number.isNaN(Date.parse(waarde))
  );
}

function OverlegLijst({
  overleggen,
  regioSlug,
  leeg,
}: {
  overleggen: OverlegKop[];
  regioSlug: string;
  leeg: string;
}) {
  if (overleggen.length === 0) return <p className="mt-2">{leeg}</p>;
  return (
    <ul className="mt-2 space-y-2">
      {overleggen.map((o) => (
        <li key={o.id}>
          <Link
            to={`/r/${regioSlug}/overleg/${o.id}`}
            className="font-semibold"
          >
            {o.titel}
          </Link>{" "}
          <span className="text-slate-700">· {formatDatum(o.datum)}</span>
        </li>
      ))}
    </ul>
  );
}

function NieuwOverlegForm({
  voorstelDatum,
  actionData,
}: {
  voorstelDatum: string;
  actionData: Route.ComponentProps["actionData"];
}) {
  const navigation = useNavigation();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const values = actionData?.values as Record<string, string> | undefined;
  const [datum, setDatum] = useState(values?.datum ?? voorstelDatum);
  const [titel, setTitel] = useState(
    values?.titel ?? standaardTitel(voorstelDatum),
  );
  const [titelAangepast, setTitelAangepast] = useState(
    values?.titel !== undefined,
  );

  return (
    <section
      aria-labelledby="nieuw-overleg"
      className="no-print mt-10 max-w-xl"
    >
      <h2 id="nieuw-overleg">Nieuw overleg plannen</h2>
      <ErrorSummary errors={errors} labels={LABELS} />
      <Form method="post" noValidate className="mt-4">
        <Field name="datum" label={LABELS.datum} error={errors?.datum}>
          {(props) => (
            <input
              {...props}
              type="date"
              required
              value={datum}
              onChange={(e) => {
                setDatum(e.target.value);
                if (!titelAangepast && isDatum(e.target.value))
                  setTitel(standaardTitel(e.target.value));
              }}
            />
          )}
        </Field>
        <Field
          name="titel"
          label={LABELS.titel}
          error={errors?.titel}
          hint={PRIVACY_HINT}
        >
          {(props) => (
            <input
              {...props}
              type="text"
              required
              maxLength={200}
              value={titel}
              onChange={(e) => {
                setTitel(e.target.value);
                setTitelAangepast(true);
              }}
            />
          )}
        </Field>
        <Field
          name="vooruitkijkWeken"
          label={LABELS.vooruitkijkWeken}
          error={errors?.vooruitkijkWeken}
          hint="Acties met een deadline binnen zoveel weken na het overleg komen vanzelf op de agenda (1 tot en met 26)."
        >
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="numeric"
              min={1}
              max={26}
              required
              defaultValue={
                values?.vooruitkijkWeken ?? String(STANDAARD_VOORUITKIJK_WEKEN)
              }
              className={`${props.className} max-w-32`}
            />
          )}
        </Field>
        <Button type="submit" disabled={navigation.state === "submitting"}>
          Overleg aanmaken
        </Button>
      </Form>
    </section>
  );
}

export default function Overleggen({
  loaderData,
  actionData,
}: Route.ComponentProps) {
  const { regioSlug, komend, eerder, magBeheren, voorstelDatum } = loaderData;
  const geen = komend.length === 0 && eerder.length === 0;
  return (
    <>
      <h1>Ambtelijk beleidsoverleg</h1>
      <p className="mt-2 max-w-3xl">
        In het ambtelijk beleidsoverleg bespreken de gemeenten de voortgang van
        het uitvoeringsplan. De agenda stelt zich vanzelf samen uit de acties
        die aandacht vragen.
      </p>
      {geen ? (
        <p className="mt-6">
          Er zijn nog geen overleggen.
          {magBeheren ? " Plan hieronder het eerste overleg." : ""}
        </p>
      ) : (
        <>
          <section aria-labelledby="komend" className="mt-8">
            <h2 id="komend">Komende overleggen</h2>
            <OverlegLijst
              overleggen={komend}
              regioSlug={regioSlug}
              leeg="Er is geen overleg gepland."
            />
          </section>
          <section aria-labelledby="eerder" className="mt-8">
            <h2 id="eerder">Eerdere overleggen</h2>
            <OverlegLijst
              overleggen={eerder}
              regioSlug={regioSlug}
              leeg="Er zijn nog geen eerdere overleggen."
            />
          </section>
        </>
      )}
      {magBeheren ? (
        <NieuwOverlegForm
          voorstelDatum={voorstelDatum}
          actionData={actionData}
        />
      ) : null}
    </>
  );
}
