import type { RequestHandler } from 'express';
import { toBase64 } from '../../protocol/base64.js';
import type { Campaign } from '../campaign.js';
import type { Config } from '../config.js';

/**
 * GET /api/campaign: what the form needs to seal a report — the newest campaign key, the reply
 * signing key that comes with it (replies are checked against it; absent: replies are off) and
 * the operator's texts. The fingerprint covers both keys.
 */
export function campaignHandler({ campaign, config }: { campaign: Campaign; config: Config }): RequestHandler {
  const current = campaign.keys[0]!;
  const body = {
    name: campaign.name,
    publicKey: current.publicKeyBase64,
    kid: current.kid,
    fingerprint: current.fingerprint,
    replySigningKey: current.replySigningKey ? toBase64(current.replySigningKey) : null,
    demo: campaign.demo,
    exitUrl: config.exitUrl,
    alternativeContact: config.alternativeContact,
    keyFingerprintPublishedAt: config.keyFingerprintPublishedAt,
  };
  return function sendCampaign(_req, res) {
    res.json(body);
  };
}
