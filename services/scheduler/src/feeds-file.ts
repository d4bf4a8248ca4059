import { readFile } from 'node:fs/promises';
import { parseDuration, shortHash, WirefeedError } from '@wirefeed/core';
import { parse } from 'yaml';
import { z } from 'zod';

const FeedEntrySchema = z.union([
  z
    .string()
    .min(1)
    .transform((url) => ({ url })),
  z.object({
    url: z.string().min(1),
    id: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,64}$/)
      .optional(),
    title: z.string().optional(),
    interval: z
      .string()
      .regex(/^\d+(ms|s|m|h)$/)
      .optional(),
  }),
]);
const FeedsFileSchema = z.object({ feeds: z.array(FeedEntrySchema).default([]) }).nullable();

/** One feed of feeds.yaml, with its id and poll interval resolved. */
export interface DeclaredFeed {
  id: string;
  url: string;
  title?: string;
  intervalMs: number;
}

/** The feed id a URL or path gets when none is given: stable, so renaming nothing changes nothing. */
export function feedIdFor(url: string): string {
  return shortHash('feed', url).slice(0, 16);
}

/** Parse feeds.yaml text; errors name the file and the entry. */
export function parseFeedsFile(
  text: string,
  options: { file: string; defaultIntervalMs: number },
): DeclaredFeed[] {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    throw new WirefeedError('WF_E_CONFIG', `${options.file}: not valid YAML: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const result = FeedsFileSchema.safeParse(doc);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new WirefeedError(
      'WF_E_CONFIG',
      `${options.file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    );
  }
  return (result.data?.feeds ?? []).map((entry) => ({
    id: 'id' in entry && entry.id ? entry.id : feedIdFor(entry.url),
    url: entry.url,
    ...('title' in entry && entry.title ? { title: entry.title } : {}),
    intervalMs:
      'interval' in entry && entry.interval ? parseDuration(entry.interval) : options.defaultIntervalMs,
  }));
}

export async function readFeedsFile(file: string, defaultIntervalMs: number): Promise<DeclaredFeed[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new WirefeedError('WF_E_CONFIG', `${file}: cannot read: ${(err as Error).message}`, { cause: err });
  }
  return parseFeedsFile(text, { file, defaultIntervalMs });
}
