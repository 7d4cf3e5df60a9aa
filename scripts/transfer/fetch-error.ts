/** fetch's one error type, and the exit status that says the server's database was replaced. */

/** Fetch cannot go on: the server refused or is not ours, a state file is damaged, another fetch runs. */
export class FetchError extends Error {
  override name = 'FetchError';
  /** The status fetch ends with (scripts/cli/exit-statuses.ts): 1, 2 for a bad option value, EXIT_SERVER_CHANGED. */
  constructor(
    message: string,
    readonly exitStatus = 1,
  ) {
    super(message);
  }
}

/** Exit status when the server's identity is not the one this folder recorded. */
export const EXIT_SERVER_CHANGED = 3;
