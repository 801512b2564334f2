import { html, type SafeHtml } from "../html.js";

/** Field errors keyed by field name, as zodFields() produces them. */
export type FieldErrors = Record<string, string>;

/**
 * The error summary at the top of a form: focusable, announced, and each
 * message links to its field (GOV.UK pattern).
 */
export function errorSummary(errors: FieldErrors | undefined, labels: Record<string, string> = {}): SafeHtml {
  const entries = Object.entries(errors ?? {});
  if (!entries.length) return html``;
  return html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>There ${entries.length === 1 ? "is a problem" : `are ${entries.length} problems`}</h2>
  <ul>${entries.map(([name, msg]) => html`<li><a href="#f-${name}">${labels[name] ? `${labels[name]}: ` : ""}${msg}</a></li>`)}</ul>
</div>`;
}

interface FieldOptions {
  name: string;
  label: string;
  value?: string | null;
  type?: string;
  errors?: FieldErrors;
  hint?: string;
  required?: boolean;
  autocomplete?: string;
  attrs?: SafeHtml;
  /** Leaves out "(optional)" where a whole group is optional (e.g. working hours). */
  noOptionalMark?: boolean;
}

/** A labelled input with its hint and error wired through aria-describedby. */
export function field(o: FieldOptions): SafeHtml {
  const id = `f-${o.name}`;
  const err = o.errors?.[o.name];
  const describedBy = [o.hint ? `${id}-hint` : "", err ? `${id}-error` : ""].filter(Boolean).join(" ");
  return html`<div class="field${err ? " has-error" : ""}">
  <label for="${id}">${o.label}${o.required || o.noOptionalMark ? "" : html` <span class="optional">(optional)</span>`}</label>
  ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : ""}
  ${err ? html`<p class="error" id="${id}-error">${err}</p>` : ""}
  <input id="${id}" name="${o.name}" type="${o.type ?? "text"}" value="${o.value ?? ""}"${o.required ? html` required` : ""}${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ""}${describedBy ? html` aria-describedby="${describedBy}"` : ""}${err ? html` aria-invalid="true"` : ""}${o.attrs ?? ""}>
</div>`;
}

export function textarea(o: FieldOptions & { rows?: number }): SafeHtml {
  const id = `f-${o.name}`;
  const err = o.errors?.[o.name];
  const describedBy = [o.hint ? `${id}-hint` : "", err ? `${id}-error` : ""].filter(Boolean).join(" ");
  return html`<div class="field${err ? " has-error" : ""}">
  <label for="${id}">${o.label}${o.required ? "" : html` <span class="optional">(optional)</span>`}</label>
  ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : ""}
  ${err ? html`<p class="error" id="${id}-error">${err}</p>` : ""}
  <textarea id="${id}" name="${o.name}" rows="${o.rows ?? 6}"${o.required ? html` required` : ""}${describedBy ? html` aria-describedby="${describedBy}"` : ""}${err ? html` aria-invalid="true"` : ""}${o.attrs ?? ""}>${o.value ?? ""}</textarea>
</div>`;
}

export function select(o: FieldOptions & { options: { value: string; label: string }[] }): SafeHtml {
  const id = `f-${o.name}`;
  const err = o.errors?.[o.name];
  return html`<div class="field${err ? " has-error" : ""}">
  <label for="${id}">${o.label}${o.required ? "" : html` <span class="optional">(optional)</span>`}</label>
  ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : ""}
  ${err ? html`<p class="error" id="${id}-error">${err}</p>` : ""}
  <select id="${id}" name="${o.name}"${err ? html` aria-invalid="true" aria-describedby="${id}-error"` : ""}${o.attrs ?? ""}>
    ${o.options.map((opt) => html`<option value="${opt.value}"${opt.value === (o.value ?? "") ? html` selected` : ""}>${opt.label}</option>`)}
  </select>
</div>`;
}

export const csrfField = (token: string): SafeHtml => html`<input type="hidden" name="_csrf" value="${token}">`;
