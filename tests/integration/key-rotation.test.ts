/**
 * Campaign key rotation: CAMPAIGN_PUBLIC_KEY_FILES newest first; the newest is served; an
 * older key is accepted for CAMPAIGN_KEY_GRACE_DAYS after the newer key's `created`, then
 * refused with 400 unknown_key.
 */
import request from 'supertest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { CampaignKeyError, campaignKey, loadCampaign, scheduleRotation } from '../../server/campaign.js';
import { loadConfig } from '../../server/config.js';
import { openSqliteStore } from '../../server/store/sqlite-store.js';
import type { ReportStore } from '../../server/store/report-store.js';
import { generateCampaignKeyPair, sealReport } from '../../protocol/envelope.js';
import { makePublicKeyFile } from '../../protocol/node/key-files.js';
import { report } from '../helpers/analyst.js';

const DAY = 86_400_000;
const oldCreated = new Date('2025-01-01T00:00:00Z');
const newCreated = new Date('2025-06-01T00:00:00Z');
let dir: string;
let store: ReportStore | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scanwitness-rotation-'));
});
afterEach(() => {
  store?.close();
  store = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function writeKey(name: string, created?: Date) {
  const pair = generateCampaignKeyPair();
  writeFileSync(join(dir, name), JSON.stringify(makePublicKeyFile('campaign-encryption', pair.publicKey, created)));
  return pair;
}

describe('campaign key rotation', () => {
  it('accepts an older key within the grace period and refuses it (400 unknown_key) after', async () => {
    const oldPair = writeKey('old.pub', oldCreated);
    const newPair = writeKey('new.pub', newCreated);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATA_DIR: dir,
      CAMPAIGN_PUBLIC_KEY_FILES: `${join(dir, 'new.pub')},${join(dir, 'old.pub')}`,
      CAMPAIGN_KEY_GRACE_DAYS: '14',
    });
    const logs: string[] = [];
    const campaign = await loadCampaign(config, (l) => logs.push(l), new Date(newCreated.getTime() + DAY));
    expect(campaign.keys[1]!.acceptUntil).toEqual(new Date(newCreated.getTime() + 14 * DAY));
    expect(campaign.keys[0]!.acceptUntil).toBeUndefined();
    expect(logs.join('\n')).toMatch(/still accepted until 2025-06-15T00:00:00.000Z/);

    const clock = { now: new Date(newCreated.getTime() + 13 * DAY) };
    store = openSqliteStore(config.databasePath);
    const app = createApp({ config, campaign, store, now: () => clock.now });
    const post = (pair: typeof oldPair) =>
      request(app)
        .post('/api/reports')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(sealReport(report('rotation'), pair.publicKey)));

    expect((await request(app).get('/api/campaign').expect(200)).body.kid).toBe(campaign.keys[0]!.kid);
    await post(oldPair).expect(201);
    await post(newPair).expect(201);

    clock.now = new Date(newCreated.getTime() + 14 * DAY);
    const refused = await post(oldPair).expect(400);
    expect(refused.body.error).toBe('unknown_key');
    await post(newPair).expect(201);
    expect(store.count()).toBe(3);

    // A restart after the deadline does not give the old key a new grace period.
    const later = await loadCampaign(config, (l) => logs.push(l), clock.now);
    expect(later.keys[1]!.acceptUntil).toEqual(campaign.keys[1]!.acceptUntil);
    expect(logs.at(-1)).toMatch(/grace period ended .* remove it from CAMPAIGN_PUBLIC_KEY_FILES/);
  });

  it('CAMPAIGN_KEY_GRACE_DAYS defaults to 30 and 0 retires the older key at once', async () => {
    writeKey('old.pub', oldCreated);
    writeKey('new.pub', newCreated);
    const files = `${join(dir, 'new.pub')},${join(dir, 'old.pub')}`;
    expect(loadConfig({ CAMPAIGN_PUBLIC_KEY_FILES: files }).campaignKeyGraceDays).toBe(30);
    const campaign = await loadCampaign(loadConfig({ DATA_DIR: dir, CAMPAIGN_PUBLIC_KEY_FILES: files, CAMPAIGN_KEY_GRACE_DAYS: '0' }), () => undefined);
    expect(campaign.keys[1]!.acceptUntil).toEqual(newCreated);
    expect(() => loadConfig({ CAMPAIGN_KEY_GRACE_DAYS: '-1' })).toThrow(/CAMPAIGN_KEY_GRACE_DAYS/);
  });

  it('refuses a list that is not newest first, lists a key twice, or cannot date the replacement', () => {
    const a = campaignKey(generateCampaignKeyPair().publicKey, { created: oldCreated });
    const b = campaignKey(generateCampaignKeyPair().publicKey, { created: newCreated });
    const undated = campaignKey(generateCampaignKeyPair().publicKey);
    expect(() => scheduleRotation([a, b], 30)).toThrow(/newest key first/);
    expect(() => scheduleRotation([b, b], 30)).toThrow(/listed twice/);
    expect(() => scheduleRotation([undated, a], 30)).toThrow(CampaignKeyError);
    // A single key, dated or not, needs no schedule; an undated oldest key is fine.
    expect(scheduleRotation([undated], 30)[0]!.acceptUntil).toBeUndefined();
    expect(scheduleRotation([b, undated], 30)[1]!.acceptUntil).toEqual(new Date(newCreated.getTime() + 30 * DAY));
  });
});
