/**
 * "Add photos" in the form's own script: the button the page shows (client/form-markup.ts) opens
 * the file chooser and, at the same moment, loads the photo part (client/photo/part.ts, through
 * client/lazy-part.ts), so the form's first load carries none of its code. Everything else —
 * stripping, the preview and its cover boxes, sealing and uploading — is the part's. If the part
 * cannot load, the witness is told and the report can still be sent without photos.
 */
import { t as m } from './current-catalogue.js';
import { byId, h } from './dom.js';
import { loadPart } from './lazy-part.js';
import type { PhotoList } from './photo/photo-list.js';

type PhotoPart = typeof import('./photo/part.js');

/** The photos chosen so far, once the part has loaded (only ever in memory). */
let list: PhotoList | undefined;

/** The part, and the list shown in the form now on the page, in the page's language now. */
async function load(): Promise<PhotoList> {
  const { module, text } = await loadPart<PhotoPart, 'photos'>('photos');
  if (list) list.moveTo(byId('photo-list'), text);
  else list = module.createPhotoList(byId('photo-list'), text);
  return list;
}

/** Make the form's "Add photos" button work; photos already chosen stay (a change of language rebuilds the form). */
export function takeOverPhotos(form: HTMLFormElement): void {
  const button = form.querySelector<HTMLButtonElement>('#add-photos');
  const input = form.querySelector<HTMLInputElement>('#photo-input');
  if (!button || !input) return;
  // After a change of language: the photos chosen so far, in the new language's words once they are in.
  if (list) void load().catch(() => list!.moveTo(byId('photo-list')));
  button.addEventListener('click', () => {
    void load().catch(() => undefined); // start now, while the witness picks; a failure is shown on change
    input.click();
  });
  input.addEventListener('change', () => void add(input));
  button.disabled = false;
}

async function add(input: HTMLInputElement): Promise<void> {
  const files = [...(input.files ?? [])];
  input.value = ''; // the chooser holds no reference to the files once they are read
  if (!files.length) return;
  try {
    await (await load()).add(files);
  } catch {
    byId('photo-list').replaceChildren(h('p', { class: 'error-msg', role: 'alert' }, m.partFailed));
  }
}

/**
 * Send the photos before the report: their entries for the report ([] without photos, or when
 * the witness chose to send without them). Progress shows in `status`, a failure in `panel`.
 */
export function photosToSend(panel: HTMLElement, status: HTMLElement): Promise<unknown[]> {
  return list?.count() ? list.send(panel, status, () => (status.textContent = m.preparing)) : Promise.resolve([]);
}

/** Forget every photo (quick exit, pagehide, a sent report). */
export function clearPhotos(): void {
  list?.clear();
}
