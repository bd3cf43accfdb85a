import type { ReactNode } from "react";
import type { Route } from "./+types/index";
import { requireUser } from "../../auth/guards.server";
import { telGebruikers } from "../../domain/beheer/gebruikers.server";
import { telOnverzonden } from "../../domain/beheer/outbox-lijst.server";
import { regiosInScope, telRegios } from "../../domain/beheer/regios.server";
import { requireBeheerScope } from "../../domain/beheer/toegang.server";

export const meta: Route.MetaFunction = () => [{ title: "Beheer — Regiovisie Uitvoeringsplan" }];

export function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const scope = requireBeheerScope(user);
  return {
    beheerder: scope.beheerder,
    regios: scope.beheerder ? [] : regiosInScope(scope).map((r) => r.naam),
    aantalRegios: scope.beheerder ? telRegios() : null,
    gebruikers: telGebruikers(scope),
    onverzonden: scope.beheerder ? telOnverzonden() : null,
  };
}

function Tegel({ href, titel, children }: { href: string; titel: string; children: ReactNode }) {
  return (
    <li className="rounded border border-slate-300 bg-white p-5 shadow-sm">
      <h2 className="text-lg">
        <a href={href}>{titel}</a>
      </h2>
      <p className="mt-2 text-slate-700">{children}</p>
    </li>
  );
}

export default function BeheerIndex({ loaderData }: Route.ComponentProps) {
  const { beheerder, regios, aantalRegios, gebruikers, onverzonden } = loaderData;
  return (
    <>
      <h1>Beheer</h1>
      <p className="mt-2 max-w-3xl">
        {beheerder
          ? "U beheert alle regio's, hun gemeenten en organisaties, en alle gebruikers."
          : `U beheert de gebruikers van ${regios.join(" en ")} en leest het auditlog van uw regio.`}
      </p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {aantalRegios !== null ? (
          <Tegel href="/beheer/regios" titel="Regio's">
            {aantalRegios === 1 ? "1 regio" : `${aantalRegios} regio's`}
          </Tegel>
        ) : null}
        <Tegel href="/beheer/gebruikers" titel="Gebruikers">
          {gebruikers.totaal === 1 ? "1 gebruiker" : `${gebruikers.totaal} gebruikers`}, waarvan {gebruikers.openstaand}{" "}
          met een openstaande uitnodiging
        </Tegel>
        <Tegel href="/beheer/gebruikers/uitnodigen" titel="Gebruiker uitnodigen">
          Nodig een collega of ketenpartner uit en geef een rol.
        </Tegel>
        {onverzonden !== null ? (
          <Tegel href="/beheer/outbox" titel="Outbox">
            {onverzonden === 1 ? "1 e-mail" : `${onverzonden} e-mails`} niet (of nog niet) verzonden
          </Tegel>
        ) : null}
        <Tegel href="/beheer/audit" titel="Auditlog">
          Wie wijzigde wat, en welke handelingen werden geweigerd.
        </Tegel>
      </ul>
    </>
  );
}
