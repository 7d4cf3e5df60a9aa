/**
 * Envelope v1 against known-answer vectors (tests/fixtures/envelope-vectors.json, provenance
 * in its header) and against libsodium itself via sodium-native, in both directions.
 */
import { readFileSync } from 'node:fs';
import sodium from 'sodium-native';
import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../../protocol/base64.js';
import type { Envelope } from '../../protocol/envelope-schema.js';
import { EnvelopeError, fingerprint, generateCampaignKeyPair, keyId, openEnvelope, publicKeyFromSecretKey, sealReport } from '../../protocol/envelope.js';
import { unpad } from '../../protocol/padding.js';
import type { Report } from '../../protocol/report-schema.js';
import { deterministicRandom } from '../helpers/deterministic-random.js';

interface Vectors {
  campaign: { secretKeyHex: string; publicKey: string; kid: string };
  sodium: { name: string; report: Report; envelope: Envelope }[];
  ours: { name: string; report: Report; envelope: Envelope }[];
  negative: { name: string; envelope: Envelope; code: string }[];
}
const vectors = JSON.parse(readFileSync(new URL('../fixtures/envelope-vectors.json', import.meta.url), 'utf8')) as Vectors;
const secretKey = new Uint8Array(Buffer.from(vectors.campaign.secretKeyHex, 'hex'));
const keyPair = { secretKey, publicKey: fromBase64(vectors.campaign.publicKey) };

function sodiumOpen(sealed: Uint8Array): Uint8Array | null {
  const out = Buffer.alloc(sealed.length - sodium.crypto_box_SEALBYTES);
  const ok = sodium.crypto_box_seal_open(out, Buffer.from(sealed), Buffer.from(keyPair.publicKey), Buffer.from(secretKey));
  return ok ? out : null;
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof EnvelopeError) return e.code;
    throw e;
  }
  return 'opened';
}

describe('campaign key identity', () => {
  it('derives the fixture public key and kid from the secret key', () => {
    expect(publicKeyFromSecretKey(secretKey)).toEqual(keyPair.publicKey);
    expect(keyId(keyPair.publicKey)).toBe(vectors.campaign.kid);
    expect(vectors.campaign.kid).toMatch(/^[0-9a-f]{16}$/);
  });
  it('prints a fingerprint of 8 groups of 4 hex that starts with the kid', () => {
    const fp = fingerprint(keyPair.publicKey);
    expect(fp).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    expect(fp.replace(/ /g, '').startsWith(vectors.campaign.kid)).toBe(true);
  });
});

describe('vectors sealed by sodium-native (libsodium)', () => {
  it.each(vectors.sodium)('openEnvelope opens "$name"', ({ report, envelope }) => {
    expect(openEnvelope(envelope, keyPair)).toEqual(report);
  });
});

describe('vectors sealed by our sealReport', () => {
  it.each(vectors.ours)('sealReport reproduces "$name" byte for byte', ({ name, report, envelope }) => {
    expect(sealReport(report, keyPair.publicKey, deterministicRandom(name))).toEqual(envelope);
  });
  it.each(vectors.ours)('sodium-native crypto_box_seal_open opens "$name"', ({ report, envelope }) => {
    const padded = sodiumOpen(fromBase64(envelope.sealed));
    expect(padded).not.toBeNull();
    expect(JSON.parse(new TextDecoder().decode(unpad(padded!)))).toEqual(report);
  });
  it('sodium-native opens fresh envelopes made with real randomness, and each is different', () => {
    const report = vectors.ours[1]!.report;
    const a = sealReport(report, keyPair.publicKey);
    const b = sealReport(report, keyPair.publicKey);
    expect(a.sealed).not.toBe(b.sealed);
    for (const e of [a, b]) expect(JSON.parse(new TextDecoder().decode(unpad(sodiumOpen(fromBase64(e.sealed))!)))).toEqual(report);
  });
});

describe('negative vectors', () => {
  it.each(vectors.negative)('refuses "$name" with $code', ({ envelope, code }) => {
    expect(codeOf(() => openEnvelope(envelope, keyPair))).toBe(code);
  });
  it('sodium-native also refuses the flipped byte (the vector is really tampered)', () => {
    const flipped = vectors.negative.find((n) => n.code === 'decryption_failed')!;
    expect(sodiumOpen(fromBase64(flipped.envelope.sealed))).toBeNull();
  });
  it('refuses with another key pair that has the same kid label', () => {
    const other = generateCampaignKeyPair();
    const envelope = vectors.ours[0]!.envelope;
    expect(codeOf(() => openEnvelope(envelope, { ...other, publicKey: keyPair.publicKey }))).toBe('decryption_failed');
  });
  it('refuses a well-sealed envelope whose content fails the report schema', () => {
    const bad = { ...vectors.ours[0]!.report, reporter: { role: 'spy' } } as unknown as Report;
    expect(codeOf(() => openEnvelope(sealReport(bad, keyPair.publicKey), keyPair))).toBe('invalid_report');
  });
});
