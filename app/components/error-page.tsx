const TEKSTEN: Record<number, { titel: string; uitleg: string }> = {
  400: { titel: "Ongeldig verzoek", uitleg: "Het verzoek kon niet worden verwerkt. Controleer wat u invulde en probeer het opnieuw." },
  401: { titel: "Niet ingelogd", uitleg: "Log in om verder te gaan." },
  403: {
    titel: "Geen toegang",
    uitleg: "U heeft geen toegang tot deze pagina of handeling. Denkt u dat dit niet klopt? Neem contact op met de regiocoördinator van uw regio.",
  },
  404: {
    titel: "Pagina niet gevonden",
    uitleg: "Deze pagina bestaat niet (meer). Controleer het adres, of ga terug naar de startpagina.",
  },
  405: { titel: "Niet toegestaan", uitleg: "Deze handeling is op deze pagina niet mogelijk." },
  409: { titel: "Gewijzigd door iemand anders", uitleg: "Laad de pagina opnieuw om de laatste versie te zien." },
  500: {
    titel: "Er ging iets mis",
    uitleg: "Er ging aan onze kant iets mis. Uw gegevens zijn niet gewijzigd. Probeer het over een paar minuten opnieuw.",
  },
};

/** The Dutch error page for thrown responses and unexpected errors; no stack traces outside development. */
export function ErrorPage({ status, message, detail }: { status: number; message?: string; detail?: string }) {
  const tekst = TEKSTEN[status] ?? TEKSTEN[500];
  return (
    <main id="inhoud" className="mx-auto max-w-2xl px-4 py-16">
      <p className="text-sm font-semibold text-slate-700">Foutcode {status}</p>
      <h1 className="mt-2">{tekst.titel}</h1>
      <p className="mt-4 text-lg">{message && status < 500 ? message : tekst.uitleg}</p>
      {message && status < 500 && message !== tekst.uitleg ? <p className="mt-2">{tekst.uitleg}</p> : null}
      <p className="mt-8 flex flex-wrap gap-4">
        <a href="/">Naar de startpagina</a>
        <a href="/login">Naar inloggen</a>
      </p>
      {detail ? <pre className="mt-8 overflow-auto bg-slate-100 p-4 text-xs">{detail}</pre> : null}
    </main>
  );
}
