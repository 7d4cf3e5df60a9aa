/**
 * npm run verify-form -- URL — does this server serve the form this checkout builds?
 * Thin CLI (STYLE.md §8); the checks are in scripts/lib/verify-form.ts.
 */
import { CliError, parseFlags, runCli } from './lib/cli.js';
import { VerifyError, verifyForm } from './lib/verify-form.js';

const HELP = `Usage: npm run verify-form -- URL

Rebuilds the witness form from this checkout (the build is reproducible) and checks that the
server at URL serves exactly it: one script and one stylesheet, same-site, whose integrity
attributes and bytes match this build, and a Content-Security-Policy that allows no other script.
Check out the commit the campaign says is deployed first. This sees what the server sends to
you; it cannot see what it might send to someone else.

Exit status: 0 the served form is this build; 1 it is not (each difference is listed), or the
server could not be reached; 2 bad command line.
`;

async function main(): Promise<number> {
  const { positionals } = parseFlags(process.argv.slice(2), {}, HELP);
  if (positionals.length !== 1) throw new CliError(`give exactly one URL\n\n${HELP}`, 2);
  let checks;
  try {
    checks = await verifyForm(positionals[0]!);
  } catch (e) {
    if (e instanceof VerifyError) throw new CliError(e.message, 1);
    throw e;
  }
  for (const c of checks) process.stdout.write(`${c.ok ? '✓' : '✗'} ${c.what}\n`);
  const failed = checks.filter((c) => !c.ok).length;
  process.stdout.write(failed === 0 ? 'verify-form: the served form is this build\n' : `verify-form: ${failed} check(s) FAILED: the served form is not this build\n`);
  return failed === 0 ? 0 : 1;
}

runCli('verify-form', main);
