import {
  ACCEPTANCE_CRITERIA_OPTIONS,
  API_DOCS_OPTIONS,
  CODE_REVIEW_OPTIONS,
  SCOPE_OPTIONS,
  TESTS_IN_CI_OPTIONS,
  TRACKER_OPTIONS,
} from "../../../core/readiness/index.js";
import { html, type SafeHtml } from "../../html.js";
import { CONTACT_LABELS as L, CONTACT_LIMITS } from "../../schemas/contact.js";
import { errorSummary, field, select, textarea, type FieldErrors } from "../forms.js";
import { timezoneField } from "../timezone-field.js";

/** Option labels of the form's choices; the values are the readiness model's. */
export const OPTION_LABELS: Record<string, Record<string, string>> = {
  tracker: { linear: "Linear", jira: "Jira", github: "GitHub Issues", other: "Another tracker", none: "None" },
  acceptance_criteria: { none: "None", some: "Some", most: "Most", all: "All" },
  api_docs: { none: "None", partial: "Partial", current: "Current" },
  tests_in_ci: { yes: "Yes", partly: "Partly", no: "No" },
  staging: { yes: "Yes", no: "No" },
  code_review: { always: "Always, before every merge", sometimes: "Sometimes", never: "Never" },
  english_comfort: { "1": "1 – very low", "2": "2", "3": "3 – comfortable with effort", "4": "4", "5": "5 – native-level" },
  scope: { "finish-line": "A defined piece of work with a finish line", ongoing: "Ongoing support" },
};

const options = (name: string, values: readonly string[]) => [
  { value: "", label: "Choose…" },
  ...values.map((v) => ({ value: v, label: OPTION_LABELS[name][v] ?? v })),
];

const max = (n: number) => html` maxlength="${n}"`;

export interface ContactFormState {
  values: Record<string, string>;
  errors?: FieldErrors;
  /** The signed start time to put in the form. */
  stamp: string;
  /** A message about the whole form (too fast, too many), shown above the fields. */
  notice?: string;
}

/** "Tell us about your project": about you, the work, roles, practices, one real ticket. */
export function contactFormBody(s: ContactFormState): SafeHtml {
  const v = s.values;
  const e = s.errors;
  const choose = (name: keyof typeof OPTION_LABELS, values: readonly string[], hint?: string) =>
    select({ name, label: L[name], value: v[name] ?? "", errors: e, required: true, hint, options: options(name, values) });
  return html`<section class="contact">
  <h1>Tell us about your project</h1>
  <p class="lead">Answer these questions and you get a readiness report at once: can your team hand work to an engineer outside the company, and what would help most? We answer every submission in writing within two working days.</p>
  ${s.notice ? html`<div class="notice notice-error" role="alert" id="form-notice"><p>${s.notice}</p></div>` : ""}
  ${errorSummary(e, L)}
  <form method="post" action="/contact" novalidate class="contact-form">
    <input type="hidden" name="started" value="${s.stamp}">
    <div class="hp" aria-hidden="true">
      <label for="f-fax_only">Leave this field empty</label>
      <input id="f-fax_only" name="fax_only" type="text" tabindex="-1" autocomplete="off" value="">
    </div>
    <fieldset>
      <legend>About you</legend>
      ${field({ name: "name", label: L.name, value: v.name, errors: e, required: true, autocomplete: "name", attrs: max(CONTACT_LIMITS.name) })}
      ${field({ name: "email", label: L.email, type: "email", value: v.email, errors: e, required: true, autocomplete: "email", attrs: max(CONTACT_LIMITS.email) })}
      ${field({ name: "company", label: L.company, value: v.company, errors: e, required: true, autocomplete: "organization", attrs: max(CONTACT_LIMITS.company) })}
      ${field({ name: "website", label: L.website, value: v.website, errors: e, autocomplete: "url", hint: "For example example.com.", attrs: max(CONTACT_LIMITS.website) })}
      ${timezoneField(v.timezone || undefined, e, "timezone", "Your timezone")}
      <div class="pair">
        ${field({ name: "hours_start", label: L.hours_start, type: "time", value: v.hours_start ?? "09:00", errors: e, required: true, hint: "Your team's usual day, local time." })}
        ${field({ name: "hours_end", label: L.hours_end, type: "time", value: v.hours_end ?? "17:00", errors: e, required: true, hint: "Monday to Friday is assumed." })}
      </div>
    </fieldset>
    <fieldset>
      <legend>The work</legend>
      ${textarea({ name: "project", label: L.project, value: v.project, errors: e, required: true, rows: 5, hint: "The feature or system, who uses it, and what exists today.", attrs: max(CONTACT_LIMITS.project) })}
      ${textarea({ name: "finished", label: L.finished, value: v.finished, errors: e, required: true, rows: 4, hint: "How you will know it is done: what someone can do then that they cannot do now.", attrs: max(CONTACT_LIMITS.finished) })}
      ${choose("scope", SCOPE_OPTIONS)}
    </fieldset>
    <fieldset>
      <legend>Who does what</legend>
      <p class="hint">Name a person (and their role) for each. Leave a field empty when nobody does this yet: the report will say what to do about it.</p>
      ${field({ name: "spec_writer", label: L.spec_writer, value: v.spec_writer, errors: e, hint: "For example: Aiko, product lead.", attrs: max(CONTACT_LIMITS.person) })}
      ${field({ name: "reviewer", label: L.reviewer, value: v.reviewer, errors: e, attrs: max(CONTACT_LIMITS.person) })}
      ${field({ name: "review_turnaround_hours", label: L.review_turnaround_hours, value: v.review_turnaround_hours, errors: e, required: true, hint: "Usual hours from a deliverable arriving to a written review, e.g. 24.", attrs: html` inputmode="decimal" maxlength="6"` })}
      ${field({ name: "scope_decider", label: L.scope_decider, value: v.scope_decider, errors: e, attrs: max(CONTACT_LIMITS.person) })}
      ${field({ name: "access_granter", label: L.access_granter, value: v.access_granter, errors: e, hint: "Who grants repository and environment access.", attrs: max(CONTACT_LIMITS.person) })}
    </fieldset>
    <fieldset>
      <legend>How your team works</legend>
      ${choose("tracker", TRACKER_OPTIONS)}
      ${choose("acceptance_criteria", ACCEPTANCE_CRITERIA_OPTIONS, "How many tickets say, in writing, when they are done?")}
      ${choose("api_docs", API_DOCS_OPTIONS)}
      ${choose("tests_in_ci", TESTS_IN_CI_OPTIONS, "Do automated tests run on every change?")}
      ${choose("staging", ["yes", "no"], "A staging or preview environment where work can be tried before release.")}
      ${choose("code_review", CODE_REVIEW_OPTIONS)}
      ${choose("english_comfort", ["1", "2", "3", "4", "5"], "How comfortable is your team writing English, from 1 to 5?")}
      ${field({ name: "overlap_hours", label: L.overlap_hours, value: v.overlap_hours, errors: e, required: true, hint: "Hours a day someone can answer a contractor's question at the same time, 0 to 24.", attrs: html` inputmode="decimal" maxlength="5"` })}
    </fieldset>
    <fieldset>
      <legend>A real ticket <span class="optional">(optional)</span></legend>
      ${textarea({ name: "ticket", label: "Paste one real ticket", value: v.ticket, errors: e, rows: 10, hint: "Markdown or plain text. We run it through our brief checker and the findings are part of your report. Remove anything confidential.", attrs: max(CONTACT_LIMITS.ticket) })}
    </fieldset>
    <button type="submit">Send and see my report</button>
  </form>
</section>`;
}

/** What a visitor sees after a submission the honeypot caught: the same words as a real one, minus the report. */
export function contactThanksBody(): SafeHtml {
  return html`<section class="narrow">
  <h1>Thank you</h1>
  <p role="status">We have your answers and will reply in writing within two working days.</p>
  <p><a href="/articles">Read our articles</a> while you wait.</p>
</section>`;
}

/** An unknown or expired report link. */
export function reportNotFoundBody(): SafeHtml {
  return html`<section class="narrow">
  <h1>Report not found</h1>
  <p>This report link is not known, or it has expired: reports are kept for 90 days.</p>
  <p><a href="/contact">Tell us about your project</a> again to get a new report.</p>
</section>`;
}
