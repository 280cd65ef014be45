/**
 * Build-time switches. WXT defines `import.meta.env.ENTRYPOINT` per entrypoint build, so in
 * bc.js's build this is the literal `false` and the bundler drops every branch it guards.
 *
 * ACCOUNT_LEVEL_CODE: whether this bundle handles the account-level create form (checkbox
 * groups, account-level resources and capture). bc.js loads on every /manage/ page and has a
 * byte budget (README, "Content-script budget"); the account-level pages get their own script
 * (entrypoints/account.content), where this is true, as in extension pages, unit tests and in
 * plain Node (Playwright's test files), where import.meta.env does not exist.
 */
export const ACCOUNT_LEVEL_CODE: boolean = import.meta.env?.ENTRYPOINT !== 'bc';
