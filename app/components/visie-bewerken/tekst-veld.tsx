import type { ReactNode } from "react";
import { Field } from "../form";

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
 * A text field for the visie forms: this page repeats the same field name in many forms, so
 * the id is given apart from the name.
 */
export function TekstVeld({ id, name, label, defaultValue, maxLength, error, hint, rijen, required }: TekstVeldProps) {
  return (
    <Field id={id} name={name} label={label} error={error} hint={hint} className="mb-4">
      {(props) =>
        rijen ? (
          <textarea {...props} defaultValue={defaultValue} maxLength={maxLength} required={required} rows={rijen} />
        ) : (
          <input {...props} type="text" defaultValue={defaultValue} maxLength={maxLength} required={required} />
        )
      }
    </Field>
  );
}
