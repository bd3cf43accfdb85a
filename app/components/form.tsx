import type { ReactNode } from "react";

export type FieldErrors = Partial<Record<string, string>>;

/** NL Design System pattern: a summary at the top that links to every field with an error. */
export function ErrorSummary({ errors, labels }: { errors?: FieldErrors; labels?: Record<string, string> }) {
  const entries = Object.entries(errors ?? {}).filter(([, message]) => message);
  if (entries.length === 0) return null;
  return (
    <div role="alert" className="mb-6 rounded border-l-4 border-red-700 bg-red-50 p-4">
      <h2 className="text-base font-semibold text-red-800">Controleer het formulier</h2>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {entries.map(([name, message]) =>
          name === "form" ? (
            <li key={name}>{message}</li>
          ) : (
            <li key={name}>
              <a href={`#${name}`} className="inline-block py-1 text-red-800">
                {labels?.[name] ? `${labels[name]}: ` : ""}
                {message}
              </a>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

interface FieldProps {
  /** The control's name; also its id unless `id` is given. */
  name?: string;
  /** Needed when one page repeats a form (one per agendapunt, per rol): ids must stay unique. */
  id?: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  hidden?: boolean;
  className?: string;
  children: (props: {
    id: string;
    name?: string;
    "aria-invalid"?: true;
    "aria-describedby"?: string;
    className: string;
  }) => ReactNode;
}

export const CONTROL_CLASS =
  "block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2";

/** A labelled control with its hint and error text tied to it for screen readers. */
export function Field({ name, id = name, label, error, hint, hidden, className = "mb-5", children }: FieldProps) {
  if (!id) throw new Error("Field needs a name or an id");
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={className} hidden={hidden}>
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
      {children({
        id,
        ...(name ? { name } : {}),
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
        className: CONTROL_CLASS,
      })}
    </div>
  );
}

export function Button({
  children,
  variant = "primary",
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" | "danger" }) {
  const styles = {
    primary: "bg-primary-700 text-white hover:bg-primary-800",
    secondary: "border border-primary-700 bg-white text-primary-800 hover:bg-primary-50",
    danger: "bg-red-700 text-white hover:bg-red-800",
  }[variant];
  return (
    <button
      {...props}
      className={`inline-flex min-h-11 items-center justify-center rounded px-4 py-2 font-semibold disabled:opacity-60 ${styles} ${props.className ?? ""}`}
    >
      {children}
    </button>
  );
}

/** A success or info message after a form was handled. */
export function Notice({ children, tone = "success" }: { children: ReactNode; tone?: "success" | "info" }) {
  const styles = tone === "success" ? "border-green-700 bg-green-50" : "border-primary-700 bg-primary-50";
  return (
    <div role="status" className={`mb-6 rounded border-l-4 p-4 ${styles}`}>
      {children}
    </div>
  );
}
