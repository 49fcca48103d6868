/**
 * @fileoverview The exit codes every command shares.
 */
export const EXIT_OK = 0;
/** Findings: errors (or warnings under --strict / --max-warnings). */
export const EXIT_FINDINGS = 1;
/** Unreadable input or bad usage. */
export const EXIT_USAGE = 2;
