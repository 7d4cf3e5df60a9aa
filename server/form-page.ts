/**
 * The form's index.html with the operator's words filled in once at start-up: the campaign
 * name, the quick-exit address and the alternative contact route. They go into the HTML (not
 * only /api/campaign) so a visitor without JavaScript still sees how else to reach the campaign
 * and still has a working "Leave this site" link. HTML-escaped, so operator text cannot add markup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from '../protocol/html.js';

export function renderFormPage(template: string, values: { campaignName: string; exitUrl: string; alternativeContact: string }): string {
  return template
    .replaceAll('{{campaignName}}', escapeHtml(values.campaignName))
    .replaceAll('{{exitUrl}}', escapeHtml(values.exitUrl))
    .replaceAll('{{alternativeContact}}', escapeHtml(values.alternativeContact));
}

export function loadFormPage(clientDir: string, values: Parameters<typeof renderFormPage>[1]): string {
  return renderFormPage(readFileSync(join(clientDir, 'index.html'), 'utf8'), values);
}
