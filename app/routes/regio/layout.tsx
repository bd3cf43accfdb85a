import { Outlet } from "react-router";
import type { Route } from "./+types/layout";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { AppShell } from "../../components/app-shell";
import { can, rolIn, ROL_LABELS } from "../../domain/permissions";

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const rol = rolIn(user, regio.id);
  const rolNaam = rol ? ROL_LABELS[rol.rol] : "";
  const plek = user.rollen.find((r) => r.regioId === regio.id);
  const bij = plek?.gemeenteNaam ?? plek?.organisatieNaam;
  return {
    regio: { slug: regio.slug, naam: regio.naam, isDemo: regio.isDemo },
    user: { naam: user.naam, rol: bij ? `${rolNaam} ${bij}` : rolNaam },
    toonBeheer: can(user, { recht: "gebruikers.beheren", regioId: regio.id }),
  };
}

export default function RegioLayout({ loaderData }: Route.ComponentProps) {
  const { regio, user, toonBeheer } = loaderData;
  const basis = `/r/${regio.slug}`;
  return (
    <AppShell
      user={user}
      regio={regio}
      toonBeheer={toonBeheer}
      nav={[
        { to: basis, label: "Start", end: true },
        { to: `${basis}/visie`, label: "Regiovisie" },
        { to: `${basis}/plannen`, label: "Uitvoeringsplannen" },
        { to: `${basis}/mijn-acties`, label: "Mijn acties" },
        { to: `${basis}/overleg`, label: "Overleg" },
        { to: `${basis}/gemeenten`, label: "Gemeenten" },
        { to: `${basis}/lokale-kamers`, label: "Lokale kamers" },
        { to: `${basis}/adviezen`, label: "Adviezen" },
      ]}
    >
      <Outlet />
    </AppShell>
  );
}
