/**
 * What a catalogue is, and the two things every part of the form does with one: fill in a
 * placeholder, and (in the tools) flatten it to "key → text" for checking. Runs in the browser
 * and in Node; imports no catalogue, so the form's bundle carries none (each one is its own
 * hashed asset, docs/translating.md).
 */
import type { en } from './en.js';

/** The English catalogue's shape with every text a plain string: what a translation must fill. */
type Strings<T> = T extends string ? string : { readonly [K in keyof T]: Strings<T[K]> };
export type Catalogue = Strings<typeof en>;

/** A placeholder: `{name}` inside a text, filled at run time (numbers, the campaign's name…). */
export const PLACEHOLDER = /\{(\w+)\}/g;

/** The text with each `{name}` replaced; an unknown name stays visible rather than vanishing. */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Every text in a catalogue by its dotted path ("fields.narrative.label", "safety.0"). */
export function flatten(catalogue: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof catalogue === 'string') out.set(prefix, catalogue);
  else if (catalogue && typeof catalogue === 'object') {
    for (const [key, value] of Object.entries(catalogue)) {
      for (const [k, v] of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  }
  return out;
}

/** The placeholder names a text uses, sorted: a translation must use exactly the same ones. */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();

/**
 * The parts of the form that load only when a witness uses them (client/lazy-part.ts): each is
 * its own script, and its words are the catalogue's section of the same name, shipped as that
 * part's own small asset per language rather than in every first load.
 */
export const PART_NAMES = ['reply', 'photos'] as const;
export type PartName = (typeof PART_NAMES)[number];
export type PartText<N extends PartName> = Catalogue[N];

/** The global a part's script sets when it runs (the build's IIFE `globalName`): its module. */
export const partGlobal = (name: PartName): string => `scanwitnessPart_${name}`;

/** Where the build put one part's words in one language: a hashed asset and its SRI integrity. */
export interface AssetRef {
  file: string;
  integrity: string;
}

/**
 * What the form's script needs first: everything but the /about and /rights pages, which the
 * server renders (only their link texts stay), and the lazily loaded parts' words, which it
 * names instead (`parts`). Keeps each downloaded catalogue small.
 */
export type ClientCatalogue = Omit<Catalogue, 'about' | 'rights' | PartName> & {
  about: Pick<Catalogue['about'], 'link'>;
  rights: Pick<Catalogue['rights'], 'link'>;
  parts: Record<PartName, AssetRef>;
};

export function clientPart(catalogue: Catalogue, parts: Record<PartName, AssetRef>): ClientCatalogue {
  const { about, rights, ...rest } = catalogue;
  for (const name of PART_NAMES) delete (rest as Partial<Catalogue>)[name];
  return { ...(rest as Omit<Catalogue, 'about' | 'rights' | PartName>), about: { link: about.link }, rights: { link: rights.link }, parts };
}

/**
 * Words only the form's markup shows: the build renders them into every page
 * (client/form-markup.ts), and a change of language brings that language's markup whole
 * (client/current-catalogue.ts), so the script never needs them. They are left out of the
 * catalogue the page preloads: most of its weight was the answers' options, already in the page.
 */
export const MARKUP_ONLY = [
  'intro',
  'safetyTitle',
  'safety',
  'encrypted',
  'fingerprint',
  'fingerprintHint',
  'optional',
  'allOptional',
  'outlineTitle',
  'partOf',
  'sendTitle',
  'send',
  'honeypot',
  'sections',
  'personWhy',
  'contactWhy',
  'contactWarning',
  'replyOptIn',
  'photosTitle',
  'photosHint',
  'addPhotos',
  'choose',
  'dateParts',
  'noJs',
  'backToForm',
] as const satisfies readonly (keyof ClientCatalogue)[];
type MarkupOnly = (typeof MARKUP_ONLY)[number];

/** What the script says about one question: its errors, and its label (the error where it has no words of its own). */
export interface FieldWords {
  label: string;
  required?: string;
  invalid?: string;
}

/** The catalogue the form's script runs with: what it says itself, not what the markup already shows. */
export type RuntimeCatalogue = Omit<ClientCatalogue, MarkupOnly | 'fields'> & { fields: Record<keyof ClientCatalogue['fields'], FieldWords> };

export function runtimePart(catalogue: ClientCatalogue): RuntimeCatalogue {
  const rest: Partial<ClientCatalogue> = { ...catalogue };
  for (const key of MARKUP_ONLY) delete rest[key];
  const fields = Object.fromEntries(
    Object.entries(catalogue.fields).map(([id, words]) => {
      const { label, required, invalid } = words as FieldWords;
      return [id, { label, ...(required && { required }), ...(invalid && { invalid }) }];
    }),
  ) as RuntimeCatalogue['fields'];
  return { ...(rest as Omit<ClientCatalogue, MarkupOnly | 'fields'>), fields };
}
