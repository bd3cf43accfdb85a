import type { ReactNode } from "react";

/** Frame for the pages a person sees before signing in: login, reset, invitation. */
export function AccountPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <header className="bg-primary-800 text-white">
        <div className="mx-auto max-w-5xl px-4 py-4">
          <a href="/" className="text-lg font-bold text-white no-underline hover:text-white">
            Regiovisie Uitvoeringsplan
          </a>
          <p className="text-sm text-primary-100">Aanpak huiselijk geweld en kindermishandeling</p>
        </div>
      </header>
      <main id="inhoud" className="mx-auto max-w-md px-4 py-10">
        <h1 className="mb-6">{title}</h1>
        {children}
      </main>
    </>
  );
}
