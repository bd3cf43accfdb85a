/** The ten recovery codes, right after they were made: the only time anyone sees them. */
export function HerstelcodesTonen({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="herstelcodes-titel" className="mb-6 rounded border border-slate-400 bg-white p-5">
      <h2 id="herstelcodes-titel" className="mb-3 text-xl">
        Uw herstelcodes
      </h2>
      <p className="mb-3">
        Heeft u uw telefoon niet bij de hand of bent u hem kwijt? Dan kunt u inloggen met een van deze codes. Elke code
        werkt één keer.
      </p>
      <p className="mb-4 font-semibold">
        Bewaar ze nu op een veilige plek, bijvoorbeeld in een wachtwoordkluis of op papier. We tonen ze maar één keer.
      </p>
      <ul className="mb-2 grid grid-cols-2 gap-x-8 gap-y-1 font-mono text-lg" aria-label="Herstelcodes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </section>
  );
}
