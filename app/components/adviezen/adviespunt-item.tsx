import type { ReactNode } from "react";
import { Form, Link } from "react-router";
import type { ActieStatus } from "../../../db/enums";
import {
  MAX_PUNT,
  MAX_TOELICHTING,
  VERWERKING_LABELS,
  type Verwerking,
} from "../../domain/adviezen/advies-labels";
import { PRIVACY_HINT } from "../../domain/privacy";
import { Button, Field, type FieldErrors } from "../form";
import { StatusBadge } from "../status-badge";
import { VerwerkingBadge } from "./verwerking-badge";

export interface PuntWeergave {
  id: number;
  tekst: string;
  verwerking: Verwerking | null;
  toelichting: string | null;
  acties: { id: number; code: string; titel: string; status: ActieStatus; jaar: number }[];
}

export interface ActieKeuze {
  id: number;
  code: string;
  titel: string;
  jaar: number;
}

/** A refused form of this point: its intent, messages and what was typed. */
export interface PuntFout {
  intent: string;
  errors: FieldErrors;
  values: Record<string, string>;
}

const VERWERKINGEN = Object.keys(VERWERKING_LABELS) as Verwerking[];

function Verborgen({ intent, puntId }: { intent: string; puntId: number }) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="puntId" value={puntId} />
    </>
  );
}

function Uitklap({ titel, open, children }: { titel: string; open: boolean; children: ReactNode }) {
  return (
    <details open={open} className="mt-3 rounded border border-slate-300">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 font-semibold text-primary-800">{titel}</summary>
      <div className="px-3 pb-3">{children}</div>
    </details>
  );
}

function perJaar(keuzes: ActieKeuze[]): [number, ActieKeuze[]][] {
  const groepen = new Map<number, ActieKeuze[]>();
  for (const k of keuzes) groepen.set(k.jaar, [...(groepen.get(k.jaar) ?? []), k]);
  return [...groepen.entries()];
}

export function AdviespuntItem({
  punt,
  nummer,
  regioSlug,
  magBeheren,
  actieKeuzes,
  isEerste,
  isLaatste,
  fout,
}: {
  punt: PuntWeergave;
  nummer: number;
  regioSlug: string;
  magBeheren: boolean;
  actieKeuzes: ActieKeuze[];
  isEerste: boolean;
  isLaatste: boolean;
  fout?: PuntFout;
}) {
  const p = `punt-${punt.id}`;
  const foutVoor = (intent: string) => (fout?.intent === intent ? fout : undefined);
  const verwerkFout = foutVoor("verwerking");
  const koppelFout = foutVoor("koppelen");
  const wijzigFout = foutVoor("punt-wijzigen");
  const algemeen = fout?.errors.form ?? fout?.errors.actieId ?? fout?.errors.richting;
  const gekoppeld = new Set(punt.acties.map((a) => a.id));
  const keuzes = actieKeuzes.filter((k) => !gekoppeld.has(k.id));

  return (
    <li id={p} tabIndex={-1} className="mt-6 rounded border border-slate-300 bg-white p-4">
      <h3 className="text-lg">Punt {nummer}</h3>
      <p className="mt-1 whitespace-pre-line">{punt.tekst}</p>
      <p className="mt-2">
        <span className="sr-only">Verwerking: </span>
        <VerwerkingBadge verwerking={punt.verwerking} />
      </p>
      {punt.toelichting ? <p className="mt-2 whitespace-pre-line text-slate-800">{punt.toelichting}</p> : null}
      {algemeen ? (
        <p role="alert" className="mt-2 font-semibold text-red-800">
          {algemeen}
        </p>
      ) : null}

      <h4 className="mt-3 text-base">Uitgevoerd in</h4>
      {punt.acties.length === 0 ? (
        <p className="mt-1 text-slate-700">Nog geen acties gekoppeld.</p>
      ) : (
        <ul className="mt-1 space-y-2">
          {punt.acties.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-2">
              <Link to={`/r/${regioSlug}/acties/${a.id}`} className="font-semibold">
                {a.code} {a.titel}
              </Link>
              <span className="text-sm text-slate-700">(plan {a.jaar})</span>
              <StatusBadge status={a.status} />
              {magBeheren ? (
                <Form method="post" className="inline">
                  <Verborgen intent="ontkoppelen" puntId={punt.id} />
                  <input type="hidden" name="actieId" value={a.id} />
                  <Button type="submit" variant="secondary" aria-label={`Actie ${a.code} ontkoppelen van punt ${nummer}`}>
                    Ontkoppelen
                  </Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      {magBeheren ? (
        <>
          <Uitklap titel={`Verwerking van punt ${nummer} vastleggen`} open={verwerkFout !== undefined}>
            <Form method="post" noValidate>
              <Verborgen intent="verwerking" puntId={punt.id} />
              <Field id={`${p}-verwerking`} label="Verwerking" error={verwerkFout?.errors.verwerking}>
                {(props) => (
                  <select {...props} name="verwerking" defaultValue={verwerkFout?.values.verwerking ?? punt.verwerking ?? ""}>
                    <option value="">Nog open</option>
                    {VERWERKINGEN.map((v) => (
                      <option key={v} value={v}>
                        {VERWERKING_LABELS[v]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                id={`${p}-toelichting`}
                label="Toelichting"
                hint={`Verplicht bij deels of niet overgenomen. ${PRIVACY_HINT}`}
                error={verwerkFout?.errors.toelichting}
              >
                {(props) => (
                  <textarea
                    {...props}
                    name="toelichting"
                    rows={3}
                    maxLength={MAX_TOELICHTING}
                    defaultValue={verwerkFout?.values.toelichting ?? punt.toelichting ?? ""}
                  />
                )}
              </Field>
              <Button type="submit">Verwerking opslaan</Button>
            </Form>
          </Uitklap>

          <Uitklap titel={`Acties aan punt ${nummer} koppelen`} open={koppelFout !== undefined}>
            <Form method="post" noValidate>
              <Verborgen intent="koppelen" puntId={punt.id} />
              <Field
                id={`${p}-acties`}
                label="Kies acties"
                hint="Houd Ctrl (of Cmd) ingedrukt om meer acties te kiezen."
                error={koppelFout?.errors.actieIds}
              >
                {(props) => (
                  <select {...props} name="actieIds" multiple size={8}>
                    {perJaar(keuzes).map(([jaar, acties]) => (
                      <optgroup key={jaar} label={`Uitvoeringsplan ${jaar}`}>
                        {acties.map((a) => (
                          <option key={a.id} value={a.id}>
                            {a.code} {a.titel}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                id={`${p}-code`}
                label="Of vul een actiecode in"
                hint="Bijvoorbeeld 2.3-04. Staat de code in meer plannen, dan koppelen we de actie uit het nieuwste plan."
                error={koppelFout?.errors.code}
              >
                {(props) => (
                  <input
                    {...props}
                    name="code"
                    type="text"
                    maxLength={50}
                    defaultValue={koppelFout?.values.code ?? ""}
                    className={`${props.className} max-w-48`}
                  />
                )}
              </Field>
              <Button type="submit">Koppelen</Button>
            </Form>
          </Uitklap>

          <Uitklap titel={`Tekst van punt ${nummer} wijzigen`} open={wijzigFout !== undefined}>
            <Form method="post" noValidate>
              <Verborgen intent="punt-wijzigen" puntId={punt.id} />
              <Field id={`${p}-tekst`} label="Tekst van het adviespunt" hint={PRIVACY_HINT} error={wijzigFout?.errors.tekst}>
                {(props) => (
                  <textarea {...props} name="tekst" rows={3} maxLength={MAX_PUNT} defaultValue={wijzigFout?.values.tekst ?? punt.tekst} />
                )}
              </Field>
              <Button type="submit">Tekst opslaan</Button>
            </Form>
          </Uitklap>

          <div className="mt-3 flex flex-wrap gap-2">
            {!isEerste ? (
              <Form method="post">
                <Verborgen intent="punt-verplaatsen" puntId={punt.id} />
                <input type="hidden" name="richting" value="omhoog" />
                <Button type="submit" variant="secondary" aria-label={`Punt ${nummer} omhoog`}>
                  Omhoog
                </Button>
              </Form>
            ) : null}
            {!isLaatste ? (
              <Form method="post">
                <Verborgen intent="punt-verplaatsen" puntId={punt.id} />
                <input type="hidden" name="richting" value="omlaag" />
                <Button type="submit" variant="secondary" aria-label={`Punt ${nummer} omlaag`}>
                  Omlaag
                </Button>
              </Form>
            ) : null}
            <Form method="post">
              <Verborgen intent="punt-verwijderen" puntId={punt.id} />
              <Button type="submit" variant="danger" aria-label={`Punt ${nummer} verwijderen`}>
                Verwijderen
              </Button>
            </Form>
          </div>
        </>
      ) : null}
    </li>
  );
}
