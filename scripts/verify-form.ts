/**
 * npm run verify-form -- URL — does this server serve the form this checkout builds?
 * Thin CLI (docs/architecture.md, "Errors"); the checks are in scripts/dev/verify-form.ts.
 */
import { CliError, parseFlags, runCli } from './cli/run-cli.js';
import { normaliseFingerprint, verifyForm } from './dev/verify-form.js';

const HELP = `Usage: npm run verify-form -- URL [--fingerprint "abcd ef01 …"]

Rebuilds the witness form from this checkout (the build is reproducible) and checks that the
server at URL serves exactly it, in every language it offers: one script and one stylesheet,
same-site, whose integrity attributes and bytes match this build, each language's catalogue (the
words the form shows) with this build's integrity value and bytes, and a Content-Security-Policy
that allows no other script.
With --fingerprint (the campaign key's fingerprint, as the campaign publishes it: 8 groups of 4
hex digits) it also checks that /api/campaign serves that key, so the form seals reports to the
campaign and not to someone else. Check out the commit the campaign says is deployed first.
This sees what the server sends to you; it cannot see what it might send to someone else.

Exit status: 0 every check passed; 1 a check failed (each difference is listed), or the server
could not be reached; 2 bad command line.
`;

async function main(): Promise<number> {
  const { positionals, values } = parseFlags(process.argv.slice(2), { fingerprint: { type: 'string' } }, HELP);
  if (positionals.length !== 1) throw new CliError(`give exactly one URL\n\n${HELP}`, 2);
  let fingerprint: string | undefined;
  if (values.fingerprint !== undefined) {
    fingerprint = normaliseFingerprint(values.fingerprint) ?? undefined;
    if (!fingerprint)
      throw new CliError(
        `--fingerprint must be 32 hex digits (8 groups of 4, as keygen and the server print it), not ${JSON.stringify(values.fingerprint.slice(0, 60))}`,
        2,
      );
  }
  const checks = await verifyForm(positionals[0]!, { fingerprint });
  for (const c of checks) process.stdout.write(`${c.ok ? '✓' : '✗'} ${c.what}\n`);
  const failed = checks.filter((c) => !c.ok).length;
  if (failed > 0) {
    process.stdout.write(`verify-form: ${failed} check(s) FAILED: the served form is not this build${fingerprint ? ' sealing to that campaign key' : ''}\n`);
    return 1;
  }
  process.stdout.write(
    fingerprint
      ? 'verify-form: the served form is this build, and it seals to the campaign key with that fingerprint\n'
      : 'verify-form: the served form is this build (the campaign key was not checked: add --fingerprint)\n',
  );
  return 0;
}

runCli('verify-form', main);
