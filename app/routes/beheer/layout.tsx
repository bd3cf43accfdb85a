import { NavLink, Outlet } from "react-router";
import type { Route } from "./+types/layout";
import { requireUser } from "../../auth/guards.server";
import { AppShell } from "../../components/app-shell";
import { requireBeheerScope } from "../../domain/beheer/toegang.server";
import { ROL_LABELS } from "../../domain/permissions";

export function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const scope = requireBeheerScope(user);
  const regioNamen = user.rollen
    .filter((r) => r.regioId !== null && scope.regioIds.includes(r.regioId))
    .map((r) => r.regioNaam)
    .join(", ");
  return {
    user: {
      naam: user.naam,
      rol: scope.beheerder ? ROL_LABELS.beheerder : `${ROL_LABELS.regiocoordinator} ${regioNamen}`,
    },
    beheerder: scope.beheerder,
  };
}

export default function BeheerLayout({ loaderData }: Route.ComponentProps) {
  const { user, beheerder } = loaderData;
  const items = [
    { to: "/beheer", label: "Overzicht", end: true },
    ...(beheerder ? [{ to: "/beheer/regios", label: "Regio's" }] : []),
    { to: "/beheer/gebruikers", label: "Gebruikers", end: true },
    { to: "/beheer/gebruikers/uitnodigen", label: "Gebruiker uitnodigen" },
    ...(beheerder ? [{ to: "/beheer/outbox", label: "Outbox" }] : []),
    { to: "/beheer/audit", label: "Auditlog" },
  ];
  return (
    <AppShell user={user} nav={[{ to: "/", label: "Regio's", end: true }]} toonBeheer>
      <nav aria-label="Beheer" className="no-print mb-8 border-b border-slate-300">
        <ul className="flex flex-wrap gap-x-1">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                end={item.end}
                className={({ isActive }) =>
                  `block min-h-11 px-3 py-3 font-semibold no-underline ${
                    isActive ? "border-b-4 border-primary-700 text-slate-900" : "text-primary-800 hover:text-primary-900"
                  }`
                }
              >
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </AppShell>
  );
}
