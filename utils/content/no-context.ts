/**
 * The context WXT's entry wrapper constructs for a content script that needs none (the deep-link
 * script, see wxt.config.ts): it reads the URL once at document_start and is done, so it keeps
 * no timer and takes no slot in the isolated world.
 */
export class ContentScriptContext {
  /** Same signature as WXT's, which constructs it; both arguments are unused. */
  constructor(_name?: string, _options?: unknown) {}
}
