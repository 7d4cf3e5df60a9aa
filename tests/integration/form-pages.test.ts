/**
 * The server's pages in the chosen language, without a browser (they must work without
 * JavaScript): ?lang= wins, then Accept-Language, then English; LANGUAGES limits what is
 * offered; /about and /rights in every language with the operator's texts, escaped; /reply in
 * every language when the campaign can sign replies (and only then); the language choice sets no
 * cookie and varies on Accept-Language.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inlineScriptsOf } from '../../protocol/node/inline-script.js';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../protocol/languages.js';
import { availableLanguages, loadCatalogue } from '../../scripts/dev/i18n-check.js';
import { acceptedLanguages, chooseLanguage } from '../../server/language.js';
import { escapeHtml } from '../../protocol/html.js';
import { DEFAULT_CLIENT_DIR } from '../../server/app.js';
import { makeTestServer, type TestServer } from '../helpers/server.js';

const servers: TestServer[] = [];
const server = (env: Record<string, string> = {}, replies = false) => {
  const s = makeTestServer(env, { replies });
  servers.push(s);
  return s;
};
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});
const htmlAttrs = (page: string) => /<html\s+lang="([^"]+)"\s+dir="([^"]+)"/.exec(page)!.slice(1);

describe('choosing the language', () => {
  it('reads Accept-Language by quality, primary subtag only', () => {
    expect(acceptedLanguages('pl-PL, en;q=0.5, ur;q=0.9, *;q=0.1, fr;q=0')).toEqual(['pl', 'ur', 'en']);
    expect(chooseLanguage(undefined, 'fr-FR, ur;q=0.8', ['en', 'ur'])).toBe('ur');
    expect(chooseLanguage('PL', 'ur', ['en', 'pl', 'ur'])).toBe('pl');
    expect(chooseLanguage('xx', undefined, ['en', 'pl'])).toBe('en');
    expect(chooseLanguage(['pl', 'cy'], 'cy', ['en', 'cy', 'pl']), 'a repeated ?lang= is ignored, not an error').toBe('cy');
    expect(chooseLanguage(undefined, undefined, ['pl', 'cy'])).toBe('pl');
  });

  it('serves the form in ?lang=, else Accept-Language, else English, with lang, dir and the static words', async () => {
    const s = server();
    for (const lang of availableLanguages()) {
      const t = await loadCatalogue(lang);
      const page = await request(s.app).get(`/?lang=${lang}`);
      expect(page.status).toBe(200);
      expect(htmlAttrs(page.text)).toEqual([lang, LANGUAGES[lang].dir]);
      expect(page.text).toContain(`<title>${escapeHtml(t.title)}</title>`);
      expect(page.text).toContain(escapeHtml(t.noJs));
      expect(page.text).toContain(`>${escapeHtml(t.exit)}</a>`);
      expect(page.text).toMatch(new RegExp(`data-catalogue="/assets/i18n-${lang}-[0-9a-f]{16}\\.json"`));
    }
    const guessed = await request(s.app).get('/').set('Accept-Language', 'pl-PL,pl;q=0.9,en;q=0.8');
    expect(htmlAttrs(guessed.text)[0]).toBe('pl');
    expect(guessed.headers.vary).toMatch(/Accept-Language/);
    expect(guessed.headers['set-cookie']).toBeUndefined();
    expect(htmlAttrs((await request(s.app).get('/').set('Accept-Language', 'fr')).text)[0]).toBe('en');
    // The switcher: every language in its own name, as a link that works without JavaScript.
    const page = (await request(s.app).get('/?lang=cy')).text;
    for (const lang of availableLanguages()) expect(page).toContain(`href="/?lang=${lang}" hreflang="${lang}" lang="${lang}" dir="${LANGUAGES[lang].dir}"`);
    expect(page).toContain('aria-current="true">Cymraeg</a>');
  });

  it('LANGUAGES limits what is offered; a language without a catalogue stops the server with its name', async () => {
    const s = server({ LANGUAGES: 'en,pl' });
    const page = (await request(s.app).get('/?lang=cy').set('Accept-Language', 'cy')).text;
    expect(htmlAttrs(page)[0]).toBe('en');
    expect(page.match(/hreflang="/g)).toHaveLength(2);
    expect(htmlAttrs((await request(s.app).get('/rights?lang=pl')).text)[0]).toBe('pl');
    const only = server({ LANGUAGES: 'pl' });
    expect(htmlAttrs((await request(only.app).get('/')).text)[0]).toBe('pl');
    expect((await request(only.app).get('/')).text, 'one language: no switcher').not.toContain('hreflang');
    expect(() => makeTestServer({ LANGUAGES: 'en,xx' })).toThrow(/LANGUAGES: list only these codes/);
  });
});

describe('/about and /rights', () => {
  it('exist in every language, without JavaScript, with the operator texts escaped', async () => {
    const s = server({
      SITE_OPERATOR: 'Stop the Scan <Leeds>, 1 Example Street',
      PRIVACY_NOTICE_URL: 'https://campaign.example.org/privacy',
      LEGAL_HELP_LINKS: 'Local law centre <b>|https://law.example.org/; BID|https://www.biduk.org/',
    });
    for (const lang of availableLanguages()) {
      const t = await loadCatalogue(lang);
      const about = await request(s.app).get(`/about?lang=${lang}`);
      expect(about.status).toBe(200);
      expect(htmlAttrs(about.text)).toEqual([lang, LANGUAGES[lang].dir]);
      // No script but the quick exit the form's page carries too (client/quick-exit.ts).
      expect(about.text.match(/<script[^>]*>/g)).toEqual(['<script>']);
      expect(inlineScriptsOf(about.text)).toEqual(inlineScriptsOf((await request(s.app).get(`/?lang=${lang}`)).text));
      expect(about.text).toContain('Stop the Scan &#60;Leeds&#62;, 1 Example Street');
      expect(about.text).toContain(`href="https://campaign.example.org/privacy" rel="noreferrer">${escapeHtml(t.about.noticeLink)}`);
      for (const line of t.about.data) expect(about.text).toContain(escapeHtml(line));

      const rights = await request(s.app).get(`/rights?lang=${lang}`);
      expect(rights.status).toBe(200);
      expect(htmlAttrs(rights.text)).toEqual([lang, LANGUAGES[lang].dir]);
      expect(rights.text).toContain(escapeHtml(t.rights.notAdvice));
      expect(rights.text).toContain('61(6A)');
      expect(rights.text).toContain('>Local law centre &#60;b&#62;</a>');
      expect(rights.text).toContain(`href="/?lang=${lang}"`);
    }
    // The default: the campaign named in the visitor's language, the built-in help links.
    const plain = server();
    expect((await request(plain.app).get('/about')).text).toContain('This site is run by the Test campaign campaign.');
    expect((await request(plain.app).get('/rights')).text).toContain('href="https://www.citizensadvice.org.uk/"');
    const none = server({ LEGAL_HELP_LINKS: '' });
    expect((await request(none.app).get('/rights')).text).toContain('Ask a law centre or Citizens Advice near you.');
  });

  it('/reply: in every language when the campaign can sign replies, with the switcher, exit link, its own script (SRI), the pinned keys and no cookie; linked from the form; absent otherwise', async () => {
    const s = server({ ALTERNATIVE_CONTACT: 'Call <0113> 496 0000' }, true);
    const signing = Buffer.from(s.signing!.publicKey).toString('base64');
    for (const lang of availableLanguages()) {
      const t = await loadCatalogue(lang);
      const page = await request(s.app).get(`/reply?lang=${lang}`);
      expect(page.status).toBe(200);
      expect(page.headers['set-cookie']).toBeUndefined();
      expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(htmlAttrs(page.text)).toEqual([lang, LANGUAGES[lang].dir]);
      expect(page.text).toContain(`<h1>${escapeHtml(t.reply.title)}</h1>`);
      expect(page.text).toMatch(/<script type="module" src="\/assets\/reply-page-[0-9a-f]{16}\.js" integrity="sha384-[^"]+"><\/script>/);
      expect(page.text).toContain(`data-reply-signing-key="${signing}"`);
      expect(page.text).toContain(`data-public-key="${s.campaign.keys[0]!.publicKeyBase64}"`);
      expect(page.text).toContain(`>${escapeHtml(t.exit)}</a>`);
      expect(page.text).toContain(`href="/reply?lang=ur" hreflang="ur"`);
      expect(page.text).toContain(escapeHtml(t.reply.noJs));
      expect(page.text).toContain('Call &#60;0113&#62; 496 0000');
      // The receipt box: numeric keyboard, nothing remembered or spell-checked, masked, left to right.
      const box = /<input[^>]*id="receipt"[^>]*>/.exec(page.text)![0];
      for (const a of ['inputmode="numeric"', 'autocomplete="off"', 'spellcheck="false"', 'class="masked"', 'dir="ltr"']) expect(box).toContain(a);
      expect(box).not.toContain('name=');
      const form = await request(s.app).get(`/?lang=${lang}`);
      expect(form.text).toContain(
        `<a id="reply-link" href="/reply?lang=${lang}" target="_blank" rel="noreferrer"><span data-t="replyLink">${escapeHtml(t.replyLink)}</span>`,
      );
    }
    const off = server();
    expect((await request(off.app).get('/reply')).status).toBe(404);
    expect((await request(off.app).get('/')).text).not.toContain('reply-link');
  });

  it('a blank ALTERNATIVE_CONTACT (as an edited .env.example may leave it) keeps the default sentence for visitors without JavaScript', async () => {
    for (const blank of ['', '   ']) {
      const page = (await request(server({ ALTERNATIVE_CONTACT: blank }).app).get('/')).text;
      expect(page).toContain('If you cannot use this form, contact the campaign through a person you trust.');
    }
  });

  it('refuses a malformed legal-help list with the entry at fault', () => {
    expect(() => makeTestServer({ LEGAL_HELP_LINKS: 'Help|javascript:alert(1)' })).toThrow(/"Help\|javascript:alert\(1\)" is not "Name\|https:\/\/address"/);
  });
});

describe('texts put into the template', () => {
  it("stay text: a $-pattern ($` $& $') or a {{…}} in a translation, a language name or an operator text splices nothing", async () => {
    // A copy of the built form whose English catalogue and language name carry the patterns.
    const clientDir = mkdtempSync(join(tmpdir(), 'scanwitness-splice-'));
    cpSync(DEFAULT_CLIENT_DIR, clientDir, { recursive: true });
    const enFile = join(clientDir, 'catalogues', 'en.json');
    const en = JSON.parse(readFileSync(enFile, 'utf8')) as { title: string; exit: string; newTab: string };
    en.title = "Report $` $& $' {{exitUrl}} {{t.exit}}";
    en.newTab = '(new tab $&)';
    writeFileSync(enFile, JSON.stringify(en));
    const languagesFile = join(clientDir, 'languages.json');
    const languages = JSON.parse(readFileSync(languagesFile, 'utf8')) as { code: string; name: string }[];
    languages.find((l) => l.code === 'en')!.name = "English $' {{catalogue}}";
    writeFileSync(languagesFile, JSON.stringify(languages));
    try {
      const s = makeTestServer({ ALTERNATIVE_CONTACT: "Call $` or {{t.title}} or $'" }, { clientDir });
      servers.push(s);
      const page = (await request(s.app).get('/?lang=en')).text;
      expect(page).toContain(escapeHtml("Report $` $& $' {{exitUrl}} {{t.exit}}"));
      expect(page).toContain(escapeHtml('(new tab $&)'));
      expect(page).toContain(escapeHtml("English $' {{catalogue}}"));
      expect(page).toContain(escapeHtml("Call $` or {{t.title}} or $'"));
      // The template is whole: one document, each placeholder filled once, nothing spliced in twice.
      expect(page.match(/<html/g)).toHaveLength(1);
      expect(page.match(/<\/html>/g)).toHaveLength(1);
      expect(page.match(/<nav id="languages"/g)).toHaveLength(1);
      expect(page.match(/https:\/\/www\.bbc\.co\.uk\/weather/g)).toHaveLength(1);
    } finally {
      rmSync(clientDir, { recursive: true, force: true });
    }
  });
});
