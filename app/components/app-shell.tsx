import type { ReactNode } from "react";
import { Form, NavLink } from "react-router";

export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

interface AppShellProps {
  user: { naam: string; rol: string };
  regio?: { naam: string; slug: string; isDemo?: boolean };
  nav?: NavItem[];
  toonBeheer?: boolean;
  children: ReactNode;
}

/** Header (app, regio, navigation, signed-in user and role), main content and footer of every signed-in page. */
export function AppShell({ user, regio, nav = [], toonBeheer, children }: AppShellProps) {
  return (
    <>
      <a
        href="#inhoud"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3"
      >
        Naar de inhoud
      </a>
      <header className="no-print bg-primary-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <div>
            <a href="/" className="text-lg font-bold text-white no-underline hover:text-white">
              Regiovisie Uitvoeringsplan
            </a>
            {regio ? <p className="text-base font-semibold text-primary-100">Regio {regio.naam}</p> : null}
          </div>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <p>
              <span className="sr-only">Ingelogd als </span>
              <span className="font-semibold">{user.naam}</span>
              <span className="text-primary-100"> · {user.rol}</span>
            </p>
            <a href="/account" className="text-white hover:text-primary-100">
              Mijn account
            </a>
            <Form method="post" action="/logout">
              <button
                type="submit"
                className="min-h-11 rounded border border-white px-3 py-1 font-semibold hover:bg-primary-900"
              >
                Uitloggen
              </button>
            </Form>
          </div>
        </div>
        {nav.length > 0 || toonBeheer ? (
          <nav aria-label="Hoofdmenu" className="bg-primary-900">
            <ul className="mx-auto flex max-w-7xl flex-wrap gap-x-1 px-2">
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    end={item.end}
                    className={({ isActive }) =>
                      `block min-h-11 px-3 py-3 text-sm font-semibold text-white no-underline hover:bg-primary-800 hover:text-white ${
                        isActive ? "border-b-4 border-amber-400" : ""
                      }`
                    }
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
              {toonBeheer ? (
                <li>
                  <NavLink
                    to="/beheer"
                    className="block min-h-11 px-3 py-3 text-sm font-semibold text-white no-underline hover:bg-primary-800 hover:text-white"
                  >
                    Beheer
                  </NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </header>
      {regio?.isDemo ? (
        <p className="no-print bg-amber-100 px-4 py-2 text-center text-sm text-amber-950">
          Demo-omgeving: de acties, voortgang en personen in deze regio zijn voorbeeldinhoud.
        </p>
      ) : null}
      <main id="inhoud" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
      <footer className="no-print mx-auto max-w-7xl px-4 pb-10 text-sm text-slate-700">
        Dit systeem bevat geen cliënt- of casusgegevens. Noem geen namen van inwoners of BSN-nummers.
      </footer>
    </>
  );
}
