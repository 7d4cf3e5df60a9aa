/**
 * The witness form (minimal: issue #3 grows it). Loads the campaign key, validates with
 * the shared schema, seals in this browser, POSTs only the envelope.
 */
import { fromBase64 } from '../protocol/base64.js';
import { sealReport } from '../protocol/envelope.js';
import { REPORT_SCHEMA_ID, reportSchema } from '../protocol/report-schema.js';

interface CampaignInfo { name: string; publicKey: string; kid: string; fingerprint: string; demo: boolean }

const form = document.getElementById('report-form') as HTMLFormElement;
const status = document.getElementById('status') as HTMLElement;

async function start(): Promise<void> {
  const campaign = (await (await fetch('/api/campaign')).json()) as CampaignInfo;
  const publicKey = fromBase64(campaign.publicKey);
  form.hidden = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const narrative = (document.getElementById('narrative') as HTMLTextAreaElement).value;
    const report = reportSchema.parse({
      schema: REPORT_SCHEMA_ID,
      reporter: { role: 'witness' },
      incident: { date: new Date().toISOString().slice(0, 7), force: 'unknown', technology: 'unsure' },
      narrative,
      meta: { lang: 'en' },
    });
    const envelope = sealReport(report, publicKey);
    const response = await fetch('/api/reports', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(envelope) });
    status.textContent = response.ok ? 'Your report was encrypted and sent.' : 'Sending failed; please try again.';
    if (response.ok) form.reset();
  });
}

start().catch(() => {
  status.textContent = 'The form could not load. Please check your connection and reload.';
});
