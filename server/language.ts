/**
 * Which language to answer in, from the request alone (the server keeps no state and sets no
 * cookie): `?lang=xx` when the operator offers it, else the browser's Accept-Language, else
 * English (or the first language offered).
 */
import { SOURCE_LANGUAGE, type Lang } from '../protocol/languages.js';

/** The browser's languages, most wanted first, as lower-case primary subtags ("pt-BR" → "pt"). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { lang: tag.trim().split('-')[0]!.toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((l) => l.lang && l.lang !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((l) => l.lang);
}

export function chooseLanguage(query: unknown, acceptLanguage: string | undefined, offered: readonly Lang[]): Lang {
  const wanted = [...(typeof query === 'string' ? [query.toLowerCase()] : []), ...acceptedLanguages(acceptLanguage)];
  const found = wanted.find((l): l is Lang => (offered as readonly string[]).includes(l));
  if (found) return found;
  return offered.includes(SOURCE_LANGUAGE) ? SOURCE_LANGUAGE : offered[0]!;
}
