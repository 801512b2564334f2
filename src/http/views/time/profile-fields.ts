import { html, type SafeHtml } from "../../html.js";
import { field, textarea, type FieldErrors } from "../forms.js";

/** The account page's time-away fieldset: holiday country, time off, travel. */
export function timeAwayFields(values: Record<string, string>, errors?: FieldErrors): SafeHtml {
  return html`<fieldset class="time-away">
    <legend>Holidays, time off and travel</legend>
    <p class="hint">Due times you owe pause on these days; while you travel they follow the zone you are in.</p>
    ${field({ name: "holiday_country", label: "Public holidays of", hint: "A country code such as JP, ID, DK or US (US-NY for a state). Empty: none.", value: values.holiday_country, errors, autocomplete: "country" })}
    ${textarea({ name: "time_off", label: "Time off", hint: "One day or range per line: 2027-04-29, or 2027-08-02 to 2027-08-13.", value: values.time_off, errors, rows: 3 })}
    ${textarea({ name: "travel", label: "Travel", hint: "Dates and the zone you will work in, one per line: 2027-05-10 to 2027-05-20 Europe/Copenhagen. Your usual hours apply there.", value: values.travel, errors, rows: 2 })}
  </fieldset>`;
}
