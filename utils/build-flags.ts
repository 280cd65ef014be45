/**
 * Build-time switches. WXT defines `import.meta.env.ENTRYPOINT` per entrypoint build, so in
 * bc.js's build this is the literal `false` and the bundler drops every branch it guards.
 *
 * ACCOUNT_LEVEL_CODE: whether this bundle may meet the account-level form (its resources in the
 * registry). bc.js loads on every /manage/ page and has a byte budget (README, "Content-script
 * budget"); the account-level form is the account-level module's (entrypoints/account-page.ts),
 * where this is true, as in the background, extension pages, unit tests and plain Node
 * (Playwright's test files), where import.meta.env does not exist.
 */
export const ACCOUNT_LEVEL_CODE: boolean = import.meta.env?.ENTRYPOINT !== 'bc';
