import type { ReactNode } from "react";

export const INLINE_CONTROL =
  "block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

interface InlineVeldProps {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: (props: {
    id: string;
    "aria-invalid"?: true;
    "aria-describedby"?: string;
    className: string;
  }) => ReactNode;
}

/**
 * Like Field, but for forms repeated on one page (one per agendapunt): the id is given apart
 * from the name, so labels and error texts stay tied to the right control.
 */
export function InlineVeld({
  id,
  label,
  error,
  hint,
  children,
}: InlineVeldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-fout` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="mb-3">
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p
          id={`${id}-fout`}
          className="mb-1 text-sm font-semibold text-red-800"
        >
          <span className="sr-only">Fout: </span>
          {error}
        </p>
      ) : null}
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
        className: INLINE_CONTROL,
      })}
    </div>
  );
}
