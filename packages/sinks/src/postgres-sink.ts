import type { Story } from '@wirefeed/core';
import { toNinjs, WirefeedError } from '@wirefeed/core';
import postgres from 'postgres';
import { MIGRATIONS } from './postgres-migrations.ts';
import { renderDocument } from './render.ts';
import type { DocumentFormat, Sink } from './sink.ts';

export interface PostgresSinkOptions {
  name: string;
  url: string;
  /** Schema holding the tables; created when missing. Default `wirefeed`. */
  schema?: string;
  format: DocumentFormat;
  /** Connections in the pool. Default 4. */
  max?: number;
}

// Errors worth a retry: the server is away, restarting or overloaded, or a transaction lost a race;
// a server answering read-only (25006: a standby, or the old primary behind a failover address for a
// few seconds); a lock or statement timeout (55P03, 57014: busy, not wrong). Any other SQLSTATE says
// the story or the schema is at fault, and retrying would not change it.
const RETRYABLE_SQLSTATE = /^(08|40|53|57P0|25006|55P03|57014)/;

function asSinkError(err: unknown, name: string): WirefeedError {
  if (err instanceof WirefeedError) return err;
  const code = (err as { code?: string }).code ?? '';
  const message = `postgres sink ${name}: ${(err as Error).message}`;
  // Errors without a SQLSTATE are the connection's (ECONNREFUSED, a reset): the server may come back.
  const retryable = !/^[0-9A-Z]{5}$/.test(code) || RETRYABLE_SQLSTATE.test(code);
  return new WirefeedError(retryable ? 'WF_E_SINK_UNAVAILABLE' : 'WF_E_SINK_REJECTED', message, {
    cause: err,
    details: { sqlstate: code },
  });
}

/**
 * Stories into PostgreSQL: one row per (id, version), upserted, so a retried job changes nothing
 * (the row is rewritten only when its content hash differs: the version number was reused after the
 * dedup window). `latest_stories` shows each story's newest version that is not withdrawn; a cancel
 * marks every version withdrawn (rows are kept, for audit) and records the withdrawal.
 */
export function createPostgresSink(options: PostgresSinkOptions): Sink {
  const schema = options.schema ?? 'wirefeed';
  const sql = postgres(options.url, {
    max: options.max ?? 4,
    onnotice: () => undefined,
    connection: { search_path: schema, application_name: `wirefeed-sink-${options.name}` },
  });
  let ready: Promise<void> | undefined;
  const migrate = async () => {
    await sql.begin(async (tx) => {
      // One replica migrates at a time; the others wait and find nothing left to do.
      await tx`select pg_advisory_xact_lock(hashtext(${`wirefeed-migrate:${schema}`}))`;
      await tx`create schema if not exists ${tx(schema)}`;
      await tx`create table if not exists wirefeed_migrations (
        version integer primary key, name text not null, applied_at timestamptz not null default now())`;
      const rows = await tx<{ version: number }[]>`select version from wirefeed_migrations`;
      const applied = new Set(rows.map((r) => r.version));
      for (const m of MIGRATIONS) {
        if (applied.has(m.version)) continue;
        await tx.unsafe(m.sql);
        await tx`insert into wirefeed_migrations (version, name) values (${m.version}, ${m.name})`;
      }
    });
  };
  const start = () => {
    if (!ready) {
      const starting = migrate().catch((err: unknown) => {
        ready = undefined;
        throw asSinkError(err, options.name);
      });
      ready = starting;
    }
    return ready;
  };
  const upsert = async (story: Story): Promise<boolean> => {
    const ninjs = toNinjs(story);
    const doc = renderDocument(story, options.format);
    const rows = await sql`
      insert into stories (id, version, content_hash, cluster_id, dedup_status, feed_id, language,
        headline, body, first_created, version_created, embargoed_until, withdrawn_at, story, ninjs)
      values (${story.id}, ${story.version}, ${story.contentHash}, ${story.dedup?.clusterId ?? null},
        ${story.dedup?.status ?? null}, ${story.source.feedId}, ${story.language ?? null},
        ${story.headline}, ${story.body.text}, ${story.firstCreated}, ${story.versionCreated},
        ${story.embargoedUntil ?? null},
        (select withdrawn_at from withdrawals where id = ${story.id}),
        ${sql.json(doc as postgres.JSONValue)}, ${sql.json(ninjs as unknown as postgres.JSONValue)})
      on conflict (id, version) do update set
        content_hash = excluded.content_hash, cluster_id = excluded.cluster_id,
        dedup_status = excluded.dedup_status, language = excluded.language,
        headline = excluded.headline, body = excluded.body, version_created = excluded.version_created,
        embargoed_until = excluded.embargoed_until, story = excluded.story, ninjs = excluded.ninjs,
        written_at = now()
      where stories.content_hash <> excluded.content_hash
      returning id`;
    return rows.length > 0;
  };
  const withdraw = async (story: Story): Promise<boolean> =>
    sql.begin(async (tx) => {
      const inserted = await tx`
        insert into withdrawals (id, version, ninjs)
        values (${story.id}, ${story.version}, ${tx.json(toNinjs(story) as unknown as postgres.JSONValue)})
        on conflict (id) do nothing returning id`;
      await tx`update stories set withdrawn_at = now() where id = ${story.id} and withdrawn_at is null`;
      return inserted.length > 0;
    });
  return {
    name: options.name,
    kind: 'postgres',
    start,
    async write({ story }) {
      await start();
      try {
        const changed = story.signals.canceled ? await withdraw(story) : await upsert(story);
        return changed ? 'written' : 'skipped';
      } catch (err) {
        throw asSinkError(err, options.name);
      }
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}
