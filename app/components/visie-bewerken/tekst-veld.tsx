import type { ReactNode } from "react";

const CONTROL =
  "block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2";

interface TekstVeldProps {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  maxLength: number;
  error?: string;
  hint?: ReactNode;
  rijen?: number;
  required?: boolean;
}

/**
 * Like Field, but with an id apart from the name: this page repeats the same field name in many
 * forms and ids must stay unique for the label and error links to work.
 */
export function TekstVeld({ id, name, label, defaultValue, maxLength, error, hint, rijen, required }: TekstVeldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const gedeeld = {
    id,
    name,
    defaultValue,
    maxLength,
    required,
    "aria-invalid": error ? (true as const) : undefined,
    "aria-describedby": describedBy,
    className: CONTROL,
  };
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mb-1 text-sm font-semibold text-red-800">
          <span className="sr-only">Fout: </span>
          {error}
        </p>
      ) : null}
      {rijen ? <textarea {...gedeeld} rows={rijen} /> : <input {...gedeeld} type="text" />}
    </div>
  );
}
