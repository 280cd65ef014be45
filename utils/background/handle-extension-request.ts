/**
 * The background's answers to our own extension pages (ExtensionProtocol): every write of the
 * chosen preset, the optional-row choices and custom presets happens here, so each has one writer.
 * Pages still read presets directly; they never write them.
 */
import { z } from 'zod';
import type { ExtensionProtocol, Reply } from '../messaging/protocol';
import { deleteCustomPreset, importPresetFile, saveCustomPreset, selectPreset } from '../presets/store';
import { setExcluded } from '../presets/choice-store';
import type { SchemasMatch } from '../type-checks';
import { presetById } from './preset-lookup';
import { addLinkedPreset, dismissLink, linkReview } from './link-offer';
import { forgetTaught, importTaught, taughtEntries } from './taught-store';
import { noticeFile } from './notice-actions';

const id = z.string().max(100);
const extensionRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('presets:select'), id: id.nullable() }).strict(),
  z.object({ type: z.literal('choices:set'), home: z.string().max(100), presetId: id, excluded: z.array(id).max(100) }).strict(),
  z
    .object({
      type: z.literal('presets:save'),
      preset: z.unknown(),
      target: z.union([z.object({ mode: z.literal('create') }).strict(), z.object({ mode: z.literal('update'), id }).strict()]),
    })
    .strict(),
  z.object({ type: z.literal('presets:delete'), id }).strict(),
  z.object({ type: z.literal('presets:import'), text: z.string() }).strict(),
  z.object({ type: z.literal('link:review-get'), offer: id }).strict(),
  z.object({ type: z.literal('link:review-add'), offer: id }).strict(),
  z.object({ type: z.literal('link:review-dismiss'), offer: id }).strict(),
  z.object({ type: z.literal('taught:list') }).strict(),
  z.object({ type: z.literal('taught:forget'), ids: z.array(z.string().max(400)).max(1000).nullable() }).strict(),
  z.object({ type: z.literal('taught:import'), text: z.string().max(1_000_000) }).strict(),
  z.object({ type: z.literal('notice:file'), id: z.string().uuid() }).strict(),
]);

// Checked against the protocol by the compiler, as the content scripts' schemas are.
const everyRequestMatchesItsSchema: SchemasMatch<ExtensionProtocol, z.output<typeof extensionRequestSchema>> = {
  'presets:select': true,
  'choices:set': true,
  'presets:save': true,
  'presets:delete': true,
  'presets:import': true,
  'link:review-get': true,
  'link:review-add': true,
  'link:review-dismiss': true,
  'taught:list': true,
  'taught:forget': true,
  'taught:import': true,
  'notice:file': true,
};
void everyRequestMatchesItsSchema;

/** The answer's promise, or undefined (decided synchronously) for a message that is not one of
 *  these requests, so another listener may answer it. */
export function handleExtensionRequest(message: unknown): Promise<Reply<ExtensionProtocol, keyof ExtensionProtocol>> | undefined {
  const parsed = extensionRequestSchema.safeParse(message);
  return parsed.success ? answer(parsed.data) : undefined;
}

async function answer(request: z.output<typeof extensionRequestSchema>): Promise<Reply<ExtensionProtocol, keyof ExtensionProtocol>> {
  switch (request.type) {
    case 'presets:select':
      await selectPreset(request.id);
      return { ok: true };
    case 'choices:set': {
      const preset = await presetById(request.presetId);
      if (preset) await setExcluded(request.home, preset, request.excluded);
      return { ok: true };
    }
    case 'presets:save':
      return saveCustomPreset(request.preset, request.target);
    case 'presets:delete':
      return { ok: await deleteCustomPreset(request.id) };
    case 'presets:import':
      return importPresetFile(request.text);
    // A pending preset link, by the random id only the review page's URL carries.
    case 'link:review-get':
      return linkReview(request.offer);
    case 'link:review-add':
      return addLinkedPreset(request.offer);
    case 'link:review-dismiss':
      return dismissLink(request.offer);
    case 'taught:list':
      return taughtEntries();
    case 'taught:forget':
      await forgetTaught(request.ids);
      return { ok: true };
    case 'taught:import':
      return importTaught(request.text);
    case 'notice:file':
      return noticeFile(request.id);
  }
}
