// Kept for modules still importing it; Field now takes an id apart from the name.
export { Field as InlineVeld } from "../form";
