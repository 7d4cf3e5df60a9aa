/**
 * The quick exit, from the first paint: inlined in the head of every page (its hash is the only
 * inline script the CSP allows, server/security-headers.ts), so it works before the form's
 * script has arrived on a slow phone, and on /about, /rights and /reply, which have none.
 * "Leave this site" (a real link, so it also works without JavaScript) and Escape (not while an
 * input method is composing text, where Escape cancels the composition) clear every form, empty
 * the page and replace it in history with the exit page, so Back cannot return to it. Leaving by
 * Back or a link clears the forms too, so no answer waits in the back/forward cache for the next
 * person. Kept tiny and dependency-free: it is in every page's HTML.
 */
function clearForms(): void {
  for (const form of document.forms) form.reset();
}

function leave(event: Event): void {
  event.preventDefault();
  const exit = document.getElementById('exit') as HTMLAnchorElement;
  clearForms();
  document.body.replaceChildren();
  location.replace(exit.href);
}

// On the document: the link is not parsed yet when this runs.
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('#exit')) leave(event);
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !event.isComposing) leave(event);
});
addEventListener('pagehide', clearForms);
