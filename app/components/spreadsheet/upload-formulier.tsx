import { Form } from "react-router";
import { MAX_BESTAND_TEKST } from "../../domain/spreadsheet/bestand-controle";
import { Button, ErrorSummary, Field, type FieldErrors } from "../form";

/** Step 1: choose the file. Works without JavaScript (a plain multipart post). */
export function UploadFormulier({ errors, bezig }: { errors?: FieldErrors; bezig: boolean }) {
  return (
    <Form method="post" encType="multipart/form-data" className="max-w-2xl">
      <ErrorSummary errors={errors} labels={{ bestand: "Bestand" }} />
      <input type="hidden" name="intent" value="upload" />
      <Field
        name="bestand"
        label="Bestand met acties"
        error={errors?.bestand}
        hint={`Een Excel-bestand (.xlsx) of CSV-bestand (.csv) van hoogstens ${MAX_BESTAND_TEKST}. De tabel heeft een rij met kolomnamen, zoals Actie, Doelstelling, Trekker, Deadline en Status.`}
      >
        {(props) => <input type="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" {...props} />}
      </Field>
      <Button type="submit" disabled={bezig}>
        {bezig ? "Bezig met uploaden…" : "Bestand uploaden"}
      </Button>
    </Form>
  );
}
