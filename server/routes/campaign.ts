import { Router } from 'express';
import type { Campaign } from '../campaign.js';
import type { Config } from '../config.js';

/** What the form needs to seal a report: the newest campaign key and the operator's texts. */
export function campaignRouter({ campaign, config }: { campaign: Campaign; config: Config }): Router {
  const router = Router();
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
  router.get('/api/campaign', (_req, res) => {
    res.json(body);
  });
  return router;
}
