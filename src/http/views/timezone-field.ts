import { timeZoneNames } from "../../core/timezones.js";
import { html, type SafeHtml } from "../html.js";
import type { FieldErrors } from "./forms.js";

let cachedOptions: SafeHtml | null = null;

/**
 * An IANA timezone picker. With no value yet, shell.js selects the browser's
 * zone (data-tz-prefill); without JavaScript the person picks from the list.
 */
export function timezoneField(value: string | undefined, errors?: FieldErrors, name = "timezone", label = "Timezone"): SafeHtml {
  const id = `f-${name}`;
  const err = errors?.[name];
  cachedOptions ??= html`${timeZoneNames().map((z) => html`<option>${z}</option>`)}`;
  // Selection is marked by a data attribute so the cached option list is shared.
  return html`<div class="field${err ? " has-error" : ""}">
  <label for="${id}">${label}</label>
  <p class="hint" id="${id}-hint">Times are shown to you in this zone and due times follow your working hours in it.</p>
  ${err ? html`<p class="error" id="${id}-error">${err}</p>` : ""}
  <select id="${id}" name="${name}" data-tz-prefill="${value ? "" : "1"}" data-value="${value ?? ""}" aria-describedby="${id}-hint${err ? ` ${id}-error` : ""}"${err ? html` aria-invalid="true"` : ""}>
    ${value ? html`<option selected>${value}</option>` : html`<option value="" selected>Choose…</option>`}
    ${cachedOptions}
  </select>
</div>`;
}
