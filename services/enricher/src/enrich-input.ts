import type { Story } from '@wirefeed/core/contracts';

/**
 * What enrichment reads of a story, and all that crosses to its task thread: the body's HTML, the
 * source, media and trace stay here (structured-cloning them cost the main thread for nothing).
 * Light (types and plain functions): task threads import it too.
 */
export type EnrichInput = Pick<Story, 'headline' | 'language' | 'dateline'> & { body: { text: string } };

export function enrichInputOf(story: Story): EnrichInput {
  return {
    headline: story.headline,
    body: { text: story.body.text },
    ...(story.language !== undefined ? { language: story.language } : {}),
    ...(story.dateline !== undefined ? { dateline: story.dateline } : {}),
  };
}

/**
 * Names a story's enrichment input without its text: the content hash covers the headline and the
 * body, the rest is the language and dateline as they stand.
 */
export function enrichKey(story: Pick<Story, 'id' | 'contentHash' | 'language' | 'dateline'>): string {
  return `${story.id} ${story.contentHash} ${story.language ?? ''} ${JSON.stringify(story.dateline ?? null)}`;
}
