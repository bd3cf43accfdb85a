import { Form, useActionData } from "react-router";
import type { ActieStatus } from "../../../db/enums";
import { formatDatum } from "../../domain/format";
import { STATUS_LABELS } from "../../domain/status";
import type { UitvoeringAntwoord } from "../../domain/uitvoering/uitvoering-formulieren";
import type { UitvoeringOverzicht, UitvoeringRij } from "../../domain/uitvoering/uitvoering-overzicht.server";
import { Button, Field, Notice } from "../form";
import { ScrollRegion } from "../scroll-region";
import { StatusBadge } from "../status-badge";
import { VoortgangTijdlijn } from "../voortgang-tijdlijn";
import { GemeentenKeuze } from "./gemeenten-keuze";
import { FormulierFout, VoortgangVelden } from "./voortgang-velden";

function isUitvoeringAntwoord(d: unknown): d is UitvoeringAntwoord {
  return (d as Partial<UitvoeringAntwoord> | undefined)?.soort === "uitvoering";
}

interface Props {
  regioSlug: string;
  actieId: number;
  actieStatus: ActieStatus;
  overzicht: UitvoeringOverzicht;
  formKey: string;
  melding: string | null;
}

/** The "Uitvoering per gemeente" section of a regional actie: roll-up, list per gemeente, and forms. */
export function UitvoeringSectie({ regioSlug, actieId, actieStatus, overzicht, formKey, melding }: Props) {
  const actionData = useActionData();
  const antwoord = isUitvoeringAntwoord(actionData) ? actionData : undefined;
  const actiePad = `/r/${regioSlug}/acties/${actieId}`;
  const foutenVoor = (intent: UitvoeringAntwoord["intent"], uitvoeringId: number | null = null) =>
    antwoord && antwoord.intent === intent && antwoord.uitvoeringId === uitvoeringId ? antwoord : undefined;

  return (
    <section id="uitvoering" aria-labelledby="uitvoering-kop" className="mt-10 max-w-5xl">
      <h2 id="uitvoering-kop">Uitvoering per gemeente</h2>
      {melding ? (
        <div className="mt-3">
          <Notice>{melding}</Notice>
        </div>
      ) : null}

      {!overzicht.perGemeente ? (
        <div className="mt-3 rounded border border-slate-300 bg-white p-5">
          <p className="mb-4 text-slate-700">
            Wordt deze regionale actie in elke gemeente apart uitgevoerd? Dan houdt elke gemeente haar eigen status, eigenaar en
            voortgang bij, en volgt de status van de actie uit die van de gemeenten (alle gemeenten beginnen als Niet gestart).
          </p>
          <FormulierFout fouten={foutenVoor("uitvoering-instellen")?.errors} />
          <GemeentenKeuze
            actiePad={actiePad}
            gemeenten={overzicht.gemeenten}
            gekozen={new Set(overzicht.gemeenten.map((g) => g.id))}
            fouten={foutenVoor("uitvoering-instellen")?.errors}
            knop="Per gemeente uitvoeren"
          />
        </div>
      ) : (
        <>
          <p className="mt-3 text-lg font-semibold">{overzicht.rollup}</p>
          <p className="mt-1 text-slate-700">
            {overzicht.statusOverschreven ? (
              <>
                De status van de actie is met de hand vastgezet.
                {overzicht.afgeleid ? ` Uit de gemeenten zou volgen: ${STATUS_LABELS[overzicht.afgeleid]}.` : ""}
              </>
            ) : (
              "De status van de actie volgt uit de uitvoering per gemeente."
            )}
          </p>

          <ScrollRegion label="Stand per gemeente" className="mt-4">
            <table className="w-full border-collapse bg-white text-left">
              <caption className="sr-only">Stand van de uitvoering per gemeente</caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="px-3 py-2">Gemeente</th>
                  <th scope="col" className="px-3 py-2">Status</th>
                  <th scope="col" className="px-3 py-2">Eigenaar</th>
                  <th scope="col" className="px-3 py-2">Laatste voortgang</th>
                </tr>
              </thead>
              <tbody>
                {overzicht.rijen.map((r) => (
                  <tr key={r.id} className="border-b border-slate-300">
                    <th scope="row" className="px-3 py-2 font-semibold">
                      <a href={`#uitvoering-${r.gemeenteSlug}`}>{r.gemeenteNaam}</a>
                    </th>
                    <td className="px-3 py-2">
                      <StatusBadge status={r.status} />
                    </td>
                    <td className="px-3 py-2">{r.eigenaarNaam ?? "Nog niet gekozen"}</td>
                    <td className="px-3 py-2">{r.laatsteVoortgang ? formatDatum(r.laatsteVoortgang) : "Nog geen voortgang"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>

          <h3 className="mt-8">Per gemeente</h3>
          <div className="mt-2 space-y-2">
            {overzicht.rijen.map((r) => (
              <GemeenteDeel
                key={r.id}
                rij={r}
                actiePad={actiePad}
                formKey={formKey}
                open={overzicht.rijen.filter((x) => x.magBijwerken).length === 1 && r.magBijwerken}
                voortgangFout={foutenVoor("uitvoering-voortgang", r.id)}
                eigenaarFout={foutenVoor("uitvoering-eigenaar", r.id)}
              />
            ))}
          </div>

          {overzicht.magInrichten ? (
            <CoordinatorDeel overzicht={overzicht} actiePad={actiePad} actieId={actieId} actieStatus={actieStatus} formKey={formKey} foutenVoor={foutenVoor} />
          ) : null}
        </>
      )}
    </section>
  );
}

function GemeenteDeel({
  rij,
  actiePad,
  formKey,
  open,
  voortgangFout,
  eigenaarFout,
}: {
  rij: UitvoeringRij;
  actiePad: string;
  formKey: string;
  open: boolean;
  voortgangFout?: UitvoeringAntwoord;
  eigenaarFout?: UitvoeringAntwoord;
}) {
  const p = `u${rij.id}`;
  return (
    <details id={`uitvoering-${rij.gemeenteSlug}`} open={open || Boolean(voortgangFout || eigenaarFout)} className="rounded border border-slate-300 bg-white">
      <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-3 px-4 py-2 font-semibold">
        {rij.gemeenteNaam}
        <StatusBadge status={rij.status} />
        <span className="font-normal text-slate-700">
          {rij.voortgang.length === 1 ? "1 voortgangsupdate" : `${rij.voortgang.length} voortgangsupdates`}
        </span>
      </summary>
      <div className="border-t border-slate-300 p-4">
        {rij.magBijwerken ? (
          <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
            <div>
              <h4 className="mb-2 font-semibold">Voortgang van {rij.gemeenteNaam} bijwerken</h4>
              <FormulierFout fouten={voortgangFout?.errors} />
              <Form method="post" action={actiePad} noValidate>
                <input type="hidden" name="intent" value="uitvoering-voortgang" />
                <input type="hidden" name="uitvoeringId" value={rij.id} />
                <input type="hidden" name="idempotencyKey" value={`${formKey}-u${rij.id}`} />
                <VoortgangVelden prefix={p} huidigeStatus={rij.status} fouten={voortgangFout?.errors} waarden={voortgangFout?.values} />
                <Button type="submit">Voortgang {rij.gemeenteNaam} opslaan</Button>
              </Form>
            </div>
            <div>
              <h4 className="mb-2 font-semibold">Eigenaar bij {rij.gemeenteNaam}</h4>
              <FormulierFout fouten={eigenaarFout?.errors} />
              <Form method="post" action={actiePad} noValidate>
                <input type="hidden" name="intent" value="uitvoering-eigenaar" />
                <input type="hidden" name="uitvoeringId" value={rij.id} />
                <input type="hidden" name="version" value={rij.version} />
                <Field className="mb-4" id={`${p}-eigenaar`} label="Eigenaar" error={eigenaarFout?.errors.eigenaarId}>
                  {(props) => (
                    <select {...props} name="eigenaarId" defaultValue={rij.eigenaarId ?? ""}>
                      <option value="">Nog niet gekozen</option>
                      {rij.kandidaten.map((k) => (
                        <option key={k.id} value={k.id}>
                          {k.naam}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Button type="submit" variant="secondary">
                  Eigenaar opslaan
                </Button>
              </Form>
            </div>
          </div>
        ) : null}
        <h4 className="mt-4 font-semibold">Tijdlijn van {rij.gemeenteNaam}</h4>
        <VoortgangTijdlijn items={rij.voortgang.map((v) => ({ ...v, eerder: null }))} />
      </div>
    </details>
  );
}

function CoordinatorDeel({
  overzicht,
  actiePad,
  actieId,
  actieStatus,
  formKey,
  foutenVoor,
}: {
  overzicht: UitvoeringOverzicht;
  actiePad: string;
  actieId: number;
  actieStatus: ActieStatus;
  formKey: string;
  foutenVoor: (intent: UitvoeringAntwoord["intent"], uitvoeringId?: number | null) => UitvoeringAntwoord | undefined;
}) {
  const zonderVoortgang = overzicht.rijen.every((r) => r.voortgang.length === 0);
  const overschrijfFout = foutenVoor("status-overschrijven");
  return (
    <div className="mt-8 grid gap-6">
      <div className="rounded border border-slate-300 bg-white p-5">
        <h3>Gemeenten wijzigen</h3>
        <p className="mb-3 mt-1 text-slate-700">
          Een gemeente die al voortgang heeft gemeld, kan niet worden verwijderd. Nieuwe gemeenten beginnen als Niet gestart.
        </p>
        <FormulierFout fouten={foutenVoor("uitvoering-instellen")?.errors} />
        <GemeentenKeuze
          actiePad={actiePad}
          gemeenten={overzicht.gemeenten}
          gekozen={new Set(overzicht.rijen.map((r) => r.gemeenteId))}
          fouten={foutenVoor("uitvoering-instellen")?.errors}
          knop="Gemeenten opslaan"
        />
        {zonderVoortgang ? (
          <Form method="post" action={actiePad} className="mt-4">
            <FormulierFout fouten={foutenVoor("uitvoering-stoppen")?.errors} />
            <input type="hidden" name="intent" value="uitvoering-stoppen" />
            <Button type="submit" variant="secondary">
              Niet langer per gemeente uitvoeren
            </Button>
          </Form>
        ) : null}
      </div>

      <div className="rounded border border-slate-300 bg-white p-5">
        {overzicht.statusOverschreven ? (
          <>
            <h3>Status weer laten afleiden</h3>
            <p className="mb-3 mt-1 text-slate-700">
              De status is nu met de hand vastgezet op {STATUS_LABELS[actieStatus]}. Laat u hem weer volgen uit de gemeenten, dan wordt
              een verandering als voortgangsupdate vastgelegd.
            </p>
            <FormulierFout fouten={foutenVoor("afleiding-herstellen")?.errors} />
            <Form method="post" action={actiePad}>
              <input type="hidden" name="intent" value="afleiding-herstellen" />
              <Button type="submit" variant="secondary">
                Status weer afleiden uit de gemeenten
              </Button>
            </Form>
          </>
        ) : (
          <>
            <h3>Status met de hand vastzetten</h3>
            <p className="mb-3 mt-1 text-slate-700">
              Alleen als de afgeleide status de werkelijkheid niet goed weergeeft. Licht toe waarom; zolang de status is vastgezet,
              veranderen updates van gemeenten hem niet.
            </p>
            <FormulierFout fouten={overschrijfFout?.errors} />
            <Form method="post" action={actiePad} noValidate>
              <input type="hidden" name="intent" value="status-overschrijven" />
              <input type="hidden" name="idempotencyKey" value={`${formKey}-o${actieId}`} />
              <VoortgangVelden prefix="overschrijf" huidigeStatus={actieStatus} fouten={overschrijfFout?.errors} waarden={overschrijfFout?.values} />
              <Button type="submit">Status vastzetten</Button>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}
