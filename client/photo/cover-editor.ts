/**
 * Solid boxes over a photo's preview, to cover faces, number plates and reference numbers before
 * it is sent (docs/form.md, "Photos"). Each box is a button over the picture: drag it to move it,
 * drag its corner to resize it; or focus it (Tab) and use the arrow keys to move it, Shift and
 * the arrow keys to resize it, Delete or Backspace to remove it. Boxes are kept as fractions of
 * the picture (CoverBox, client/photo/strip.ts), so they land on the same pixels whatever size
 * the preview is shown at; strip.ts burns them into the pixels before the photo is encoded.
 */
import { format } from '../../protocol/i18n/catalogue.js';
import { h } from '../dom.js';
import { COVER, GRIP, styled } from './look.js';
import type { CoverBox } from './strip.js';

/** One arrow key press moves or resizes a box by this fraction of the picture (Shift: resize). */
const STEP = 0.02;
/** The smallest box, as a fraction of the picture's width and height. */
const MIN_SIDE = 0.04;
/** A new box: in the middle, a fifth of the picture each way. */
const NEW_BOX: CoverBox = { x: 0.4, y: 0.4, w: 0.2, h: 0.2 };

export interface CoverText {
  /** "Cover box {n}" */
  box: string;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Keep the box inside the picture and no smaller than MIN_SIDE. */
function fit(b: CoverBox): CoverBox {
  const w = clamp(b.w, MIN_SIDE, 1);
  const h = clamp(b.h, MIN_SIDE, 1);
  return { x: clamp(b.x, 0, 1 - w), y: clamp(b.y, 0, 1 - h), w, h };
}

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * Boxes over `frame` (the element holding the preview, position: relative). `boxes` is the list
 * it edits in place; `onChange` runs after each change; `helpId` names the element that tells
 * how to use the keys (aria-describedby of every box).
 */
export function coverEditor(frame: HTMLElement, boxes: CoverBox[], text: CoverText, helpId: string, onChange: () => void) {
  const buttons: HTMLButtonElement[] = [];

  const place = (i: number) => {
    const b = boxes[i]!;
    const s = buttons[i]!.style; // CSSOM, not a style attribute: allowed under the page's CSP
    s.left = `${b.x * 100}%`;
    s.top = `${b.y * 100}%`;
    s.width = `${b.w * 100}%`;
    s.height = `${b.h * 100}%`;
  };
  const set = (i: number, box: CoverBox) => {
    boxes[i] = fit(box);
    place(i);
    onChange();
  };

  function render(): void {
    for (const b of buttons.splice(0)) b.remove();
    boxes.forEach((_, i) => {
      const button = styled(
        h(
          'button',
          {
            type: 'button',
            class: 'cover',
            'aria-label': format(text.box, { n: (i + 1).toLocaleString(document.documentElement.lang) }),
            'aria-describedby': helpId,
          },
          styled(h('span', { class: 'grip', 'aria-hidden': 'true' }), GRIP),
        ),
        COVER,
      );
      button.addEventListener('keydown', (e) => onKey(e, i));
      button.addEventListener('pointerdown', (e) => onPointer(e, i));
      buttons.push(button);
      frame.append(button);
      place(i);
    });
  }

  function onKey(e: KeyboardEvent, i: number): void {
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      remove(i);
      return;
    }
    const arrow = ARROWS[e.key];
    if (!arrow) return;
    e.preventDefault(); // no scrolling while a box moves
    const [dx, dy] = arrow;
    const b = boxes[i]!;
    set(i, e.shiftKey ? { ...b, w: b.w + dx * STEP, h: b.h + dy * STEP } : { ...b, x: b.x + dx * STEP, y: b.y + dy * STEP });
  }

  /** Drag the box, or its corner grip to resize it; fractions of the frame as shown now. */
  function onPointer(e: PointerEvent, i: number): void {
    const button = buttons[i]!;
    const resizing = (e.target as Element).classList.contains('grip');
    const rect = frame.getBoundingClientRect();
    const start = { ...boxes[i]! };
    const [x0, y0] = [e.clientX, e.clientY];
    e.preventDefault();
    button.focus();
    button.setPointerCapture(e.pointerId);
    const move = (m: PointerEvent) => {
      const dx = (m.clientX - x0) / rect.width;
      const dy = (m.clientY - y0) / rect.height;
      set(i, resizing ? { ...start, w: start.w + dx, h: start.h + dy } : { ...start, x: start.x + dx, y: start.y + dy });
    };
    const end = () => {
      button.removeEventListener('pointermove', move);
      button.removeEventListener('pointerup', end);
      button.removeEventListener('pointercancel', end);
    };
    button.addEventListener('pointermove', move);
    button.addEventListener('pointerup', end);
    button.addEventListener('pointercancel', end);
  }

  function remove(i: number): void {
    boxes.splice(i, 1);
    render();
    onChange();
    (buttons[Math.min(i, buttons.length - 1)] ?? frame.parentElement?.querySelector<HTMLElement>('.add-box'))?.focus();
  }

  render();
  return {
    /** Add a box in the middle of the picture and focus it, ready for the arrow keys. */
    add(): void {
      boxes.push({ ...NEW_BOX });
      render();
      onChange();
      buttons[buttons.length - 1]!.focus();
    },
  };
}
