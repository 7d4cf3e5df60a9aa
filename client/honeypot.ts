/**
 * A honeypot field (docs/form.md, "Bots"): a text box no person sees or reaches — off-screen,
 * inert (not focusable, not clickable), aria-hidden (not announced), autocomplete off — that
 * form-filling bots fill. A filled one is refused quietly, in the browser: the page shows the
 * usual "sent" confirmation and sends nothing. The check lives here because the server only ever
 * sees ciphertext; a bot that skips the form and posts to the API meets the rate limits and
 * the proof of work instead.
 */

/** The field's id and name; its markup, labelled (should any browser show it) with a plain "leave this empty", is in form-markup.ts. */
export const HONEYPOT_ID = 'website';

export function honeypotFilled(form: HTMLFormElement): boolean {
  return (form.querySelector<HTMLInputElement>(`#${HONEYPOT_ID}`)?.value ?? '') !== '';
}
