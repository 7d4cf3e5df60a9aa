import { describe, expect, it } from 'vitest';
import { sign } from 'node:crypto';
import {
  SIGNATURE_SCHEME,
  analystKeyId,
  analystPrivateKeyObject,
  analystPublicKeyFromSeed,
  analystPublicKeyObject,
  canonicalQuery,
  canonicalRequest,
  generateAnalystKeyPair,
  sha256Hex,
  signRequest,
  verifyCanonical,
} from '../../protocol/node/request-signing.js';

// RFC 8032 §7.1, TEST 1: proves raw 32-byte seeds and public keys are handled the standard way.
const RFC8032_SEED = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const RFC8032_PUBLIC = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const RFC8032_SIG_EMPTY = 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';

describe('Ed25519 keys from raw bytes', () => {
  it('matches RFC 8032 test 1', () => {
    const seed = Buffer.from(RFC8032_SEED, 'hex');
    expect(Buffer.from(analystPublicKeyFromSeed(seed)).toString('hex')).toBe(RFC8032_PUBLIC);
    expect(sign(null, Buffer.alloc(0), analystPrivateKeyObject(seed)).toString('hex')).toBe(RFC8032_SIG_EMPTY);
  });

  it('rejects keys of the wrong length', () => {
    expect(() => analystPrivateKeyObject(new Uint8Array(31))).toThrow(TypeError);
    expect(() => analystPublicKeyObject(new Uint8Array(33))).toThrow(TypeError);
  });
});

describe('canonical request', () => {
  it('is the documented string', () => {
    const text = canonicalRequest({
      origin: 'https://report.example.org',
      method: 'get',
      path: '/api/batches',
      query: 'after=0&limit=10',
      timestamp: '1700000000000',
      nonce: 'AAAAAAAAAAAAAAAAAAAAAA',
      body: '',
    });
    expect(SIGNATURE_SCHEME).toBe('scanwitness-request-v2');
    expect(text).toBe(
      `${SIGNATURE_SCHEME}\nhttps://report.example.org\nGET\n/api/batches\nafter=0&limit=10\n1700000000000\nAAAAAAAAAAAAAAAAAAAAAA\n${sha256Hex('')}`,
    );
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('sorts and encodes the query so parameter order does not matter', () => {
    expect(canonicalQuery(new URLSearchParams('limit=5&after=3'))).toBe('after=3&limit=5');
    expect(canonicalQuery(new URLSearchParams('b=2&a=y&a=x'))).toBe('a=x&a=y&b=2');
    expect(canonicalQuery(new URLSearchParams('q=a+b&r=%2F%26'))).toBe('q=a%20b&r=%2F%26');
    expect(canonicalQuery([])).toBe('');
  });

  it('refuses fields with newlines, which could make two requests sign alike', () => {
    expect(() => canonicalRequest({ origin: 'https://a.example', method: 'GET', path: '/a\nb', query: '', timestamp: '1', nonce: 'n', body: '' })).toThrow(
      TypeError,
    );
  });
});

describe('signRequest / verifyCanonical', () => {
  const pair = generateAnalystKeyPair();
  const key = { kid: analystKeyId(pair.publicKey), privateKey: analystPrivateKeyObject(pair.secretKey) };
  const publicKey = analystPublicKeyObject(pair.publicKey);
  const now = new Date('2025-06-01T12:00:00Z');
  const request = { origin: 'https://Report.Example.org:443/some/prefix/', method: 'POST', path: '/api/batches/ack', query: '', body: '{"upTo":5}' };
  const headers = signRequest(request, key, { now, nonce: 'nonce-nonce-nonce-nonce' });
  const text = (over: Partial<Parameters<typeof canonicalRequest>[0]> = {}) =>
    canonicalRequest({
      ...request,
      origin: 'https://report.example.org',
      timestamp: headers['x-scanwitness-timestamp-ms']!,
      nonce: headers['x-scanwitness-nonce']!,
      ...over,
    });

  it('produces the five headers, verifiable with the public key; the origin is normalised (case, default port, no path)', () => {
    expect(headers).toMatchObject({
      'x-scanwitness-key': key.kid,
      'x-scanwitness-origin': 'https://report.example.org',
      'x-scanwitness-timestamp-ms': '1748779200000',
      'x-scanwitness-nonce': 'nonce-nonce-nonce-nonce',
    });
    expect(verifyCanonical(text(), headers['x-scanwitness-signature']!, publicKey)).toBe(true);
  });

  it('fails when any signed field changes, or with another key, or a malformed signature', () => {
    const sig = headers['x-scanwitness-signature']!;
    for (const over of [
      { origin: 'https://other.example.org' },
      { origin: 'http://report.example.org' },
      { origin: 'https://report.example.org:8443' },
      { method: 'GET' },
      { path: '/api/batches' },
      { query: 'after=1' },
      { timestamp: '1748779200001' },
      { nonce: 'other-nonce-other-nonce' },
      { body: '{"upTo":6}' },
    ]) {
      expect(verifyCanonical(text(over), sig, publicKey)).toBe(false);
    }
    expect(verifyCanonical(text(), sig, analystPublicKeyObject(generateAnalystKeyPair().publicKey))).toBe(false);
    expect(verifyCanonical(text(), 'not base64', publicKey)).toBe(false);
    // One character changed (always a different one: the old 'AA==' suffix could equal the real one).
    expect(verifyCanonical(text(), (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1), publicKey)).toBe(false);
  });

  it('uses a fresh 128-bit nonce per request', () => {
    const a = signRequest(request, key)['x-scanwitness-nonce']!;
    const b = signRequest(request, key)['x-scanwitness-nonce']!;
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a).not.toBe(b);
  });
});
