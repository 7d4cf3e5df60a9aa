import type { RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { chooseLanguage } from '../language.js';
import { compressedAssets, compressPage, sendVariant, type Variants } from '../compressed.js';
import { loadFormPages, type OperatorTexts, type PageKind } from '../form-page.js';

export interface PageHandlers {
  /** The built form's hashed assets (dist/client/assets). */
  assets: RequestHandler;
  page(kind: PageKind): RequestHandler;
  /** The CSP sources of the pages' inline script (server/security-headers.ts). */
  inlineScripts: string[];
  /** The pages this server shows (/reply only when the campaign can sign replies). */
  kinds: PageKind[];
}

/**
 * The form, /about, /rights and /reply, and their assets; null when the form is not built (no
 * dist/client/index.html), so the server still answers its API. Every page in every offered
 * language, with the operator's texts, is rendered once here; each request only picks one
 * (?lang=, else Accept-Language): nothing is stored about the visitor.
 */
export function pageHandlers(clientDir: string, texts: OperatorTexts): PageHandlers | null {
  if (!existsSync(`${clientDir}/index.html`)) return null;
  const assets = compressedAssets(`${clientDir}/assets`);
  const pages = loadFormPages(clientDir, texts);
  // Every page compressed once, here: a request never waits for (or times) a compression.
  const compressed = new Map<string, Variants>();
  for (const kind of pages.kinds) {
    for (const lang of pages.offered) compressed.set(`${kind} ${lang}`, compressPage(pages.page(kind, lang), kind === 'form' ? 'formPage' : 'infoPage'));
  }
  const page = (kind: PageKind): RequestHandler => {
    return function servePage(req, res) {
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('Vary', 'Accept-Language');
      res.type('html');
      sendVariant(req, res, compressed.get(`${kind} ${chooseLanguage(req.query.lang, req.get('accept-language'), pages.offered)}`)!);
    };
  };
  return { assets, page, inlineScripts: pages.inlineScripts, kinds: pages.kinds };
}
