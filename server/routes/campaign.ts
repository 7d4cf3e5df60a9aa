import type { RequestHandler } from 'express';
import type { Campaign } from '../campaign.js';
import type { Config } from '../config.js';

/** GET /api/campaign: what the form needs to seal a report — the newest campaign key and the operator's texts. */
export function campaignHandler({ campaign, config }: { campaign: Campaign; config: Config }): RequestHandler {
  const current = campaign.keys[0]!;
  const body = {
    name: campaign.name,
    publicKey: current.publicKeyBase64,
    kid: current.kid,
    fingerprint: current.fingerprint,
    demo: campaign.demo,
    exitUrl: config.exitUrl,
    alternativeContact: config.alternativeContact,
    keyFingerprintPublishedAt: config.keyFingerprintPublishedAt,
  };
  return function sendCampaign(_req, res) {
    res.json(body);
  };
}
