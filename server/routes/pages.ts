import express, { type RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { chooseLanguage } from '../language.js';
import { loadFormPages, type OperatorTexts, type PageKind } from '../form-page.js';

export interface PageHandlers {
  /** The built form's hashed assets (dist/client/assets). */
  assets: RequestHandler;
  page(kind: PageKind): RequestHandler;
}

/**
 * The form, /about and /rights, and their assets; null when the form is not built (no
 * dist/client/index.html), so the server still answers its API. Every page in every offered
 * language, with the operator's texts, is rendered once here; each request only picks one
 * (?lang=, else Accept-Language): nothing is stored about the visitor.
 */
export function pageHandlers(clientDir: string, texts: OperatorTexts): PageHandlers | null {
  if (!existsSync(`${clientDir}/index.html`)) return null;
  // Hashed asset names never change content, so they may be cached for a year.
  const assets = express.static(`${clientDir}/assets`, { immutable: true, maxAge: '365d', index: false, fallthrough: true });
  const pages = loadFormPages(clientDir, texts);
  const page = (kind: PageKind): RequestHandler => {
    return function servePage(req, res) {
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('Vary', 'Accept-Language');
      res.type('html').send(pages.page(kind, chooseLanguage(req.query.lang, req.get('accept-language'), pages.offered)));
    };
  };
  return { assets, page };
}
