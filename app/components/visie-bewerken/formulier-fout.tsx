/** A refusal that belongs to a whole form or row (e.g. "heeft acties"), shown right next to it. */
export function FormulierFout({ melding }: { melding?: string }) {
  if (!melding) return null;
  return (
    <p className="mt-3 rounded border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
      {melding}
    </p>
  );
}
