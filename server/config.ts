/**
 * Server configuration: a pure function of the environment (docs/architecture.md, "Configuration").
 * Every variable is documented in one line in .env.example.
 */
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { isLang, LANGUAGE_CODES, type Lang } from '../protocol/languages.js';

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** true/false/1/0; unset or empty means `byDefault`. */
const flag = (byDefault: boolean) =>
  z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? byDefault : v === 'true' || v === '1'));

const httpUrl = z.url({ protocol: /^https?$/ });

/** Names express understands in a TRUST_PROXY list (server/app.ts), besides addresses and subnets. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY: how many proxies stand in front (a hop count, 0 = none), or which peers are the
 * proxy ("127.0.0.1", "10.0.0.0/8, ::1", "loopback"). Not yes/no: "trust everyone" would let any
 * client name its own address in X-Forwarded-For.
 */
const trustProxy = z
  .string()
  .optional()
  .transform((v, ctx): number | string[] => {
    const text = (v ?? '').trim();
    if (text === '') return 0;
    if (/^\d+$/.test(text) && Number(text) <= 5) return Number(text);
    const entries = text.split(',').map((s) => s.trim());
    const bad = entries.filter((e) => !PROXY_NAMES.has(e) && !isAddressOrSubnet(e));
    if (bad.length > 0 || entries.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: `give the number of proxies in front (0-5) or the proxy's address or subnet (e.g. 127.0.0.1 or 10.0.0.0/8, comma-separated; or loopback) — not ${JSON.stringify(bad[0] ?? text)}`,
      });
      return z.NEVER;
    }
    return entries;
  });

/** "203.0.113.7", "2001:db8::1", "10.0.0.0/8", "2001:db8::/32". */
function isAddressOrSubnet(text: string): boolean {
  const [address = '', prefix, ...rest] = text.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** The default sentence for visitors without JavaScript: a blank ALTERNATIVE_CONTACT must not leave them with none. */
const DEFAULT_ALTERNATIVE_CONTACT = 'If you cannot use this form, contact the campaign through a person you trust.';

/** "Name|https://…; Name|https://…": the legal-help links on the rights page. */
const links = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const out: { name: string; url: string }[] = [];
    for (const entry of (v ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const [name, url, ...rest] = entry.split('|').map((s) => s.trim());
      if (!name || !url || rest.length || !httpUrl.safeParse(url).success) {
        ctx.addIssue({ code: 'custom', message: `"${entry}" is not "Name|https://address"` });
        return z.NEVER;
      }
      out.push({ name, url });
    }
    return out;
  });

/** Well-known free sources of help in England and Wales; an operator should list local ones too. */
const DEFAULT_LEGAL_HELP =
  'Citizens Advice|https://www.citizensadvice.org.uk/; Law Centres Network (find a law centre)|https://www.lawcentres.org.uk/; ' +
  'Bail for Immigration Detainees (BID)|https://www.biduk.org/';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_PATH: z.string().min(1).optional(),
  CAMPAIGN_NAME: z.string().min(1).max(100).default('Stop the Scan'),
  CAMPAIGN_PUBLIC_KEY_FILES: list,
  CAMPAIGN_KEY_GRACE_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  EXIT_URL: z.url({ protocol: /^https?$/ }).default('https://www.bbc.co.uk/weather'),
  ALTERNATIVE_CONTACT: z
    .string()
    .max(500)
    .optional()
    .transform((v) => (v?.trim() ? v : DEFAULT_ALTERNATIVE_CONTACT)),
  TRUST_PROXY: trustProxy,
  RATE_LIMIT_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  RATE_LIMIT_REPORTS_PER_CLIENT: z.coerce.number().int().min(1).max(10_000_000).default(20),
  RATE_LIMIT_REPORTS_TOTAL: z.coerce.number().int().min(1).max(10_000_000).default(2000),
  POW_CALM_REPORTS_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(30),
  POW_BITS: z.coerce.number().int().min(0).max(30).default(10),
  POW_MAX_BITS: z.coerce.number().int().min(0).max(30).default(14),
  WRITE_BATCH_MAX: z.coerce.number().int().min(1).max(10_000).default(256),
  WRITE_BATCH_WAIT_MS: z.coerce.number().int().min(0).max(1000).default(0),
  MAX_STORED_REPORTS: z.coerce.number().int().min(1).default(200_000),
  ANALYST_PUBLIC_KEY_FILES: list,
  // On unless turned off: acknowledgements can only delete what every analyst key has stored (docs/batch-transfer.md).
  DELETE_AFTER_EXPORT: flag(true),
  RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(0),
  PUBLIC_ORIGIN: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const origin = publicOrigin(v);
      if (origin === null)
        ctx.addIssue({
          code: 'custom',
          message: 'must be the https:// address analysts use, scheme and host (and port) only, e.g. https://report.example.org',
        });
      return origin;
    }),
  HTTP_HEADERS_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  HTTP_REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(5),
  LANGUAGES: list.refine((codes) => codes.every(isLang), { message: `list only these codes: ${LANGUAGE_CODES.join(',')}` }),
  SITE_OPERATOR: z.string().max(500).default(''),
  PRIVACY_NOTICE_URL: z.union([z.literal(''), httpUrl]).default(''),
  KEY_FINGERPRINT_PUBLISHED_AT: z.string().max(300).default(''),
  LEGAL_HELP_LINKS: links.prefault(DEFAULT_LEGAL_HELP),
  ONION_ADDRESS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const host = (v ?? '').trim().toLowerCase();
      if (host === '') return null;
      if (!/^[a-z2-7]{56}\.onion$/.test(host)) {
        ctx.addIssue({ code: 'custom', message: "must be the onion service's v3 host name only: 56 letters and digits then .onion (no http://, no path)" });
      }
      return host;
    }),
  MAX_STORED_BYTES: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const text = (v ?? '').trim();
      if (text === '') return null;
      const bytes = parseByteSize(text);
      if (bytes === null) ctx.addIssue({ code: 'custom', message: 'must be a size such as 2000000000, 500MB or 2GB (at least 1MB)' });
      return bytes;
    }),
  STALE_ANALYST_DAYS: z.coerce.number().int().min(1).max(3650).default(14),
  // Photos (docs/photos.md, "On the server"): sealed uploads all together, the free disk they
  // must leave, and what one client may upload per RATE_LIMIT_WINDOW_MINUTES.
  MAX_UPLOAD_BYTES: byteSize('1GiB'),
  UPLOAD_MIN_FREE_BYTES: byteSize('512MiB'),
  UPLOAD_BYTES_PER_CLIENT: byteSize('40MiB'),
  REPLY_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  REPLY_SLOTS: z.coerce.number().int().min(1).max(2000).default(100),
});

/** A size variable (parseByteSize) with a default. */
function byteSize(fallback: string) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const bytes = parseByteSize((v ?? '').trim() || fallback);
      if (bytes === null) ctx.addIssue({ code: 'custom', message: 'must be a size such as 2000000000, 500MB or 2GB (at least 1MB)' });
      return bytes ?? 0;
    });
}

/** "2000000000", "500MB", "2 GB", "1.5GiB" → bytes; null when not a size of at least 1 MB. */
export function parseByteSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(|B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.exec(text);
  if (!m) return null;
  const units: Record<string, number> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };
  const bytes = Math.floor(Number(m[1]) * units[m[2]!.toLowerCase()]!);
  return bytes >= 1e6 ? bytes : null;
}

/** Every variable the server reads (a test checks each is in .env.example). */
export const SETTING_NAMES = Object.keys(envSchema.shape);

/** "https://Report.Example.org/" → "https://report.example.org"; null for anything with a path, query, user or another scheme. */
function publicOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  return bare && (url.protocol === 'https:' || url.protocol === 'http:') ? url.origin : null;
}

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databasePath: string;
  campaignName: string;
  /** Newest first: the first is served to the form; older ones are accepted for the grace period. */
  campaignPublicKeyFiles: string[];
  /** How long an older campaign key stays accepted, counted from the `created` of the key that replaced it. */
  campaignKeyGraceDays: number;
  exitUrl: string;
  alternativeContact: string;
  /** Hop count, or the proxies' addresses/subnets (express's "trust proxy"). */
  trustProxy: number | string[];
  rateLimit: { windowMs: number; perClient: number; total: number };
  /** Adaptive proof of work (server/proof-of-work.ts): bits = 0 turns it off. */
  proofOfWork: { calmPerMinute: number; bits: number; maxBits: number };
  /** Group commit (server/store/write-queue.ts). */
  writeBatch: { max: number; waitMs: number };
  maxStoredReports: number;
  analystPublicKeyFiles: string[];
  deleteAfterExport: boolean;
  /**
   * The origin analysts address (https://report.example.org): signed batch requests must be
   * signed for it. null = only loopback addresses (development, tests).
   */
  publicOrigin: string | null;
  /** Node's HTTP server timeouts, in milliseconds (server/http-server.ts). */
  http: { headersTimeoutMs: number; requestTimeoutMs: number; keepAliveTimeoutMs: number };
  /** Envelopes still stored this many whole UTC days after the day they arrived are deleted; 0 = kept until fetched. */
  retentionDays: number;
  /** Languages the form is offered in (empty: every language whose catalogue is built); docs/translating.md. */
  languages: Lang[];
  /** Who runs the site, in the operator's words ('' = "run by the <campaign> campaign", translated). */
  siteOperator: string;
  privacyNoticeUrl: string;
  /** Where the campaign publishes its key fingerprint: text, or an address shown as a link. */
  keyFingerprintPublishedAt: string;
  legalHelpLinks: { name: string; url: string }[];
  /** The onion service's host (ONION_ADDRESS): pages then carry Onion-Location; null = none. */
  onionAddress: string | null;
  /** Cap on the bytes the database and its WAL hold (server/storage-cap.ts); null = what it holds at start plus half the free space. */
  maxStoredBytes: number | null;
  /** An analyst key leaving envelopes unacknowledged longer than this many days is reported (server/stale-analysts.ts). */
  staleAnalystDays: number;
  /** Photos: caps in bytes (docs/photos.md, "On the server"). */
  uploads: { maxBytes: number; minFreeBytes: number; perClientBytes: number };
  /** Replies to witnesses (docs/replies.md): kept this many days, and the public list's fixed number of slots. */
  replies: { days: number; slots: number };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'ConfigError';
  }
}

/** Parse the environment; lists every bad variable at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.NODE_ENV === 'production' && e.ANALYST_PUBLIC_KEY_FILES.length > 0 && e.PUBLIC_ORIGIN === null) {
    problems.push(
      'PUBLIC_ORIGIN: required in production when ANALYST_PUBLIC_KEY_FILES is set — the https:// address analysts give `npm run fetch` (their requests are signed for it)',
    );
  }
  if (e.HTTP_HEADERS_TIMEOUT_SECONDS > e.HTTP_REQUEST_TIMEOUT_SECONDS) {
    problems.push('HTTP_HEADERS_TIMEOUT_SECONDS: must not exceed HTTP_REQUEST_TIMEOUT_SECONDS (the headers are part of the request)');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const dataDir = resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databasePath: resolve(e.DATABASE_PATH ?? `${dataDir}/scanwitness.sqlite`),
    campaignName: e.CAMPAIGN_NAME,
    campaignPublicKeyFiles: e.CAMPAIGN_PUBLIC_KEY_FILES.map((p) => resolve(p)),
    campaignKeyGraceDays: e.CAMPAIGN_KEY_GRACE_DAYS,
    exitUrl: e.EXIT_URL,
    alternativeContact: e.ALTERNATIVE_CONTACT,
    trustProxy: e.TRUST_PROXY,
    rateLimit: { windowMs: e.RATE_LIMIT_WINDOW_MINUTES * 60_000, perClient: e.RATE_LIMIT_REPORTS_PER_CLIENT, total: e.RATE_LIMIT_REPORTS_TOTAL },
    proofOfWork: { calmPerMinute: e.POW_CALM_REPORTS_PER_MINUTE, bits: e.POW_BITS, maxBits: Math.max(e.POW_BITS, e.POW_MAX_BITS) },
    writeBatch: { max: e.WRITE_BATCH_MAX, waitMs: e.WRITE_BATCH_WAIT_MS },
    maxStoredReports: e.MAX_STORED_REPORTS,
    analystPublicKeyFiles: e.ANALYST_PUBLIC_KEY_FILES.map((p) => resolve(p)),
    deleteAfterExport: e.DELETE_AFTER_EXPORT,
    publicOrigin: e.PUBLIC_ORIGIN,
    http: {
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_SECONDS * 1000,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_SECONDS * 1000,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_SECONDS * 1000,
    },
    retentionDays: e.RETENTION_DAYS,
    languages: e.LANGUAGES as Lang[],
    siteOperator: e.SITE_OPERATOR,
    privacyNoticeUrl: e.PRIVACY_NOTICE_URL,
    keyFingerprintPublishedAt: e.KEY_FINGERPRINT_PUBLISHED_AT,
    legalHelpLinks: e.LEGAL_HELP_LINKS,
    onionAddress: e.ONION_ADDRESS,
    maxStoredBytes: e.MAX_STORED_BYTES,
    staleAnalystDays: e.STALE_ANALYST_DAYS,
    uploads: { maxBytes: e.MAX_UPLOAD_BYTES, minFreeBytes: e.UPLOAD_MIN_FREE_BYTES, perClientBytes: e.UPLOAD_BYTES_PER_CLIENT },
    replies: { days: e.REPLY_DAYS, slots: e.REPLY_SLOTS },
  };
}
