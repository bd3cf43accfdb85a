import { data } from "react-router";

export function loader() {
  throw data("Deze pagina bestaat niet (meer). Controleer het adres, of ga terug naar de startpagina.", { status: 404 });
}

export function action() {
  throw data("Deze pagina bestaat niet.", { status: 404 });
}

export default function NietGevonden() {
  return null;
}
