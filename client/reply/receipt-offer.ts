/**
 * The form's reply receipt (docs/replies.md), once a witness ticks "Yes, I would like a way to
 * get a reply": make the receipt here, from crypto.getRandomValues; show it large, left to right
 * in every language, with "write this down"; derive the reply key pair from it while they write;
 * and, before the report may be sent, ask them to type its last group back.
 *
 * The receipt lives only in this object's memory: never sent, stored or put in a URL. Only the
 * public half of the key pair leaves, inside the sealed report. clear() forgets all of it.
 */
import { asciiDigits } from '../../protocol/digits.js';
import { formatReceipt, generateReceipt, lastGroup } from '../../protocol/receipt.js';
import { deriveReplyKeyPair } from '../../protocol/reply-key.js';
import type { CampaignKeyPair } from '../../protocol/envelope.js';
import type { Catalogue } from '../../protocol/i18n/catalogue.js';
import type { FieldError } from '../check-form.js';
import { h } from '../dom.js';
import { FREE_TEXT } from '../free-text.js';

export type ReplyText = Catalogue['reply'];

/** The id of the retype box; `${RETYPE_ID}-field` wraps it, as the form's questions are wrapped (client/error-display.ts). */
export const RETYPE_ID = 'reply-retype';

export class ReceiptOffer {
  private receipt: string;
  private retyped = '';
  private keyPair: Promise<CampaignKeyPair>;
  private container: HTMLElement | undefined;

  constructor() {
    this.receipt = generateReceipt((n) => crypto.getRandomValues(new Uint8Array(n)));
    // Started now, while the witness writes the number down; a tick first, so the receipt paints before Argon2id runs.
    this.keyPair = new Promise((resolve) => setTimeout(resolve, 50)).then(() => deriveReplyKeyPair(this.receipt));
  }

  /** Show the receipt in `container`, in the words of `text` (again after a change of language: what was typed stays). */
  show(container: HTMLElement, text: ReplyText): void {
    this.container = container;
    const box = h('input', {
      type: 'text',
      id: RETYPE_ID,
      class: 'short',
      inputmode: 'numeric',
      autocomplete: 'off',
      ...FREE_TEXT,
      dir: 'ltr',
      'aria-describedby': `${RETYPE_ID}-hint`,
    });
    box.value = this.retyped;
    box.addEventListener('input', () => (this.retyped = box.value));
    container.replaceChildren(
      h(
        'div',
        { class: 'panel receipt-panel' },
        h('h3', { id: 'receipt-title' }, text.receiptTitle),
        // Latin digits in groups, isolated left to right (and lines that start on the left), so the order is the same on a right-to-left page.
        h('p', { class: 'receipt', id: 'receipt', dir: 'ltr' }, h('bdi', { dir: 'ltr' }, formatReceipt(this.receipt))),
        h('p', { class: 'warning' }, text.writeDown),
        h('p', {}, text.exposes),
        h(
          'div',
          { class: 'field', id: `${RETYPE_ID}-field` },
          h('label', { for: RETYPE_ID }, text.retypeLabel),
          h('p', { class: 'hint', id: `${RETYPE_ID}-hint` }, text.retypeHint),
          box,
        ),
      ),
    );
  }

  /** Why the report cannot be sent yet (the last group not typed back, or wrong), or null. */
  problem(text: ReplyText): FieldError | null {
    const typed = asciiDigits(this.retyped).replace(/\s/g, '');
    if (typed === lastGroup(this.receipt)) return null;
    return { id: RETYPE_ID, target: RETYPE_ID, message: typed === '' ? text.retypeMissing : text.retypeWrong };
  }

  /** The reply public key that goes inside the sealed report (waits for the derivation if it is still running). */
  async publicKey(): Promise<Uint8Array> {
    return (await this.keyPair).publicKey;
  }

  /** Forget the receipt, what was typed and the key pair, and take them off the page. */
  clear(): void {
    this.receipt = '';
    this.retyped = '';
    void this.keyPair.then((k) => k.secretKey.fill(0)).catch(() => undefined);
    this.container?.replaceChildren();
    this.container = undefined;
  }
}
