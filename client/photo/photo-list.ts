/**
 * The photos a witness adds to a report (docs/form.md, "Photos and video"): each file is stripped at once
 * (client/photo/strip.ts) — a refused one gets a message and is dropped, its original never
 * sent — and shown as it will be sent, with its cover boxes (client/photo/cover-editor.ts) and a
 * remove button. On send, boxes are burned into the pixels (the stripped JPEG is redrawn with
 * them and checked again), each photo is sealed and uploaded (client/photo/upload.ts), photos
 * one after another with their progress shown; the report's entries come back. When photos
 * cannot be sent the witness chooses: try again (uploads continue where they stopped) or send
 * the report without them. Everything lives in this page's memory; clear() drops it all.
 */
import type { PhotoReference } from '../../protocol/photo-reference.js';
import { MAX_PHOTOS } from '../../protocol/photo-upload.js';
import { format, type Catalogue } from '../../protocol/i18n/catalogue.js';
import { h } from '../dom.js';
import { coverEditor } from './cover-editor.js';
import { SPACE_ABOVE, FRAME, PREVIEW, SIDE_BY_SIDE, styled } from './look.js';
import { stripPhoto, type CoverBox, type StripRefusal } from './strip.js';
import { forget, sealForUpload, upload, UploadStopped, type SealedUpload, type UploadFailure } from './upload.js';

type PhotoText = Catalogue['photos'];

/** The preview's long edge: enough to place boxes precisely, a quarter of the photo's memory. */
const PREVIEW_EDGE = 1024;

interface Photo {
  jpeg: Uint8Array;
  width: number;
  height: number;
  boxes: CoverBox[];
  canvas: HTMLCanvasElement;
  progress: HTMLElement;
  /** Sealed with its boxes, and how far its upload has gone; dropped when the boxes change. */
  sealed?: SealedUpload;
  reference?: PhotoReference;
}

const REFUSAL_TEXT: Record<StripRefusal, keyof PhotoText> = {
  undecodable: 'undecodable',
  encode_failed: 'refused',
  metadata_left: 'refused',
  blank: 'blank',
};
const FAILURE_TEXT: Record<UploadFailure, keyof PhotoText> = {
  busy: 'failBusy',
  full: 'failFull',
  network: 'failNetwork',
  no_webcrypto: 'failNoWebCrypto',
  refused: 'failRefused',
};

/** The photo list inside `container` (server-rendered, empty), in `text`'s language. */
export function createPhotoList(container: HTMLElement, text: PhotoText) {
  const photos: Photo[] = [];
  const list = styled(h('div', { class: 'photos' }), SPACE_ABOVE);
  const messages = h('div', { 'aria-live': 'polite' });
  const HELP_ID = 'photo-box-help';
  container.replaceChildren(messages, list);
  /** A number as the page's language writes it (as the form numbers its parts). */
  const num = (n: number) => n.toLocaleString(document.documentElement.lang);

  /** The photos changed after the report may have been sealed: the form seals it again (client/main.ts drops a stale copy on input). */
  function changed(photo?: Photo): void {
    if (photo) dropSealed(photo);
    container.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /** The lines above the list: what is happening, or why files were not added. */
  function say(lines: string[], className = 'error-msg'): void {
    messages.replaceChildren(...lines.map((line) => h('p', { class: className }, line)));
  }

  function render(): void {
    const help = [h('p', { class: 'hint' }, text.removed), h('p', { class: 'hint', id: HELP_ID }, text.boxHelp)];
    list.replaceChildren(...(photos.length ? help : []));
    photos.forEach((photo, i) => {
      const n = num(i + 1);
      const titleId = `photo-${i + 1}-title`;
      const frame = styled(h('div', { class: 'photo-frame', dir: 'ltr' }, photo.canvas), FRAME);
      photo.canvas.setAttribute('aria-label', format(text.preview, { n }));
      const editor = coverEditor(frame, photo.boxes, { box: text.box }, HELP_ID, () => changed(photo));
      const addBox = styled(h('button', { type: 'button', class: 'secondary add-box' }, text.addBox), SIDE_BY_SIDE);
      addBox.addEventListener('click', () => editor.add());
      const remove = h('button', { type: 'button', class: 'secondary' }, text.remove);
      remove.addEventListener('click', () => {
        forgetPhoto(photos.splice(i, 1)[0]!);
        render();
        say([]);
        changed();
        (list.querySelector<HTMLElement>('.photo h3') ?? container.closest('section')?.querySelector<HTMLElement>('#add-photos'))?.focus();
      });
      list.append(
        styled(
          h(
            'div',
            { class: 'photo', role: 'group', 'aria-labelledby': titleId },
            h('h3', { id: titleId, tabindex: '-1' }, format(text.title, { n })),
            frame,
            h('div', {}, addBox, remove),
            photo.progress,
          ),
          SPACE_ABOVE,
        ),
      );
    });
  }

  function dropSealed(photo: Photo): void {
    if (photo.sealed) forget(photo.sealed);
    photo.sealed = photo.reference = undefined;
    photo.progress.textContent = '';
  }

  function forgetPhoto(photo: Photo): void {
    dropSealed(photo);
    photo.jpeg.fill(0);
    photo.canvas.width = photo.canvas.height = 0; // free the pixels now
  }

  /** The stripped photo, drawn small enough for the screen. */
  async function preview(jpeg: Uint8Array, width: number, height: number): Promise<HTMLCanvasElement> {
    const scale = Math.min(1, PREVIEW_EDGE / Math.max(width, height));
    const [w, hgt] = [Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))];
    const bitmap = await createImageBitmap(new Blob([jpeg as BlobPart], { type: 'image/jpeg' }), { resizeWidth: w, resizeHeight: hgt });
    const canvas = styled(h('canvas', { role: 'img' }), PREVIEW);
    canvas.width = w;
    canvas.height = hgt;
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    bitmap.close();
    return canvas;
  }

  return {
    count: () => photos.length,

    /** Show the list in another container and language (the form was rendered again after a change of language). */
    moveTo(target: HTMLElement, words: PhotoText = text): void {
      container = target;
      text = words;
      container.replaceChildren(messages, list);
      render();
    },

    /** Strip and show each file, up to MAX_PHOTOS in all; say which were refused and why. */
    async add(files: File[]): Promise<void> {
      const problems: string[] = [];
      say([text.preparing], 'hint');
      for (const file of files) {
        // Counted as photos are kept (a refused file takes no place), and again after each await:
        // a second choice of files may be adding at the same time.
        if (photos.length >= MAX_PHOTOS) {
          problems.push(format(text.tooMany, { max: num(MAX_PHOTOS) }));
          break;
        }
        const result = await stripPhoto(file);
        if (!result.ok) {
          problems.push(`${file.name}: ${text[REFUSAL_TEXT[result.reason]]}`);
          continue;
        }
        const canvas = await preview(result.jpeg, result.width, result.height);
        if (photos.length >= MAX_PHOTOS) {
          // Filled by the other choice meanwhile: drop this one (the check above says so next).
          result.jpeg.fill(0);
          canvas.width = canvas.height = 0;
          continue;
        }
        photos.push({ jpeg: result.jpeg, width: result.width, height: result.height, boxes: [], canvas, progress: h('p', { class: 'hint', role: 'status' }) });
      }
      render();
      say(problems);
    },

    /**
     * Burn in the boxes, seal and upload every photo not uploaded yet, one at a time. Resolves
     * with the report's entries; when photos cannot be sent, shows why in `panel` and resolves
     * only when the witness chooses: try again, or send without photos (they are dropped: []).
     * `onSolving`: a busy server asked for a proof of work before an upload (the form says why it waits).
     */
    async send(panel: HTMLElement, status: HTMLElement, onSolving: () => void): Promise<PhotoReference[]> {
      for (;;) {
        // No box moves and no removal while the photos are on their way.
        list.inert = true;
        try {
          for (const [i, photo] of photos.entries()) await sendOne(photo, i + 1, status, onSolving);
          list.inert = false;
          return photos.map((p) => p.reference!);
        } catch (e) {
          list.inert = false;
          const reason = e instanceof UploadStopped ? e.reason : 'refused';
          status.textContent = '';
          if (!(await choose(panel, text[FAILURE_TEXT[reason]]))) {
            clear();
            return [];
          }
        }
      }
    },

    clear,
  };

  /** Forget every photo: pixels, sealed chunks, keys, the list on the page. */
  function clear(): void {
    for (const photo of photos.splice(0)) forgetPhoto(photo);
    render();
    say([]);
  }

  async function sendOne(photo: Photo, n: number, status: HTMLElement, onSolving: () => void): Promise<void> {
    if (photo.reference) return;
    if (!photo.sealed) {
      let jpeg = photo.jpeg;
      if (photo.boxes.length) {
        // The boxes go into the pixels: redraw the stripped photo with them, and check it again.
        const burned = await stripPhoto(new Blob([photo.jpeg as BlobPart], { type: 'image/jpeg' }), photo.boxes);
        if (!burned.ok) throw new UploadStopped('refused');
        jpeg = burned.jpeg;
      }
      photo.sealed = sealForUpload(jpeg);
      if (jpeg !== photo.jpeg) jpeg.fill(0);
    }
    const show = (received: number, total: number) => {
      const line =
        received === total ? format(text.sent, { n: num(n) }) : format(text.progress, { n: num(n), percent: num(Math.floor((received / total) * 100)) });
      photo.progress.textContent = line;
      status.textContent = line;
    };
    const offline = () => {
      photo.progress.textContent = text.offline;
      status.textContent = text.offline;
    };
    photo.reference = await upload(photo.sealed, show, onSolving, offline);
    show(1, 1);
  }

  /** Show why photos were not sent, with two buttons; true: try again, false: send without them. */
  function choose(panel: HTMLElement, reason: string): Promise<boolean> {
    return new Promise((resolve) => {
      const again = h('button', { type: 'button' }, text.retry);
      const without = h('button', { type: 'button', class: 'secondary' }, text.without);
      const pick = (retry: boolean) => () => {
        panel.hidden = true;
        panel.replaceChildren();
        resolve(retry);
      };
      again.addEventListener('click', pick(true));
      without.addEventListener('click', pick(false));
      panel.replaceChildren(h('h3', { id: 'fail-title' }, text.failTitle), h('p', {}, reason), h('p', {}, text.failChoice), again, without);
      panel.hidden = false;
      panel.focus();
    });
  }
}

export type PhotoList = ReturnType<typeof createPhotoList>;
