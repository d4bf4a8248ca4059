/**
 * The PostgreSQL sink's schema, one entry per version, applied in order at start and recorded in
 * `wirefeed_migrations`. Append new versions; never edit an applied one.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'stories, clusters, latest view, full text',
    sql: `
create table stories (
  id text not null,
  version integer not null,
  content_hash text not null,
  cluster_id text,
  dedup_status text,
  feed_id text not null,
  language text,
  headline text not null,
  body text not null,
  first_created timestamptz not null,
  version_created timestamptz not null,
  embargoed_until timestamptz,
  withdrawn_at timestamptz,
  story jsonb not null,
  ninjs jsonb not null,
  search tsvector generated always as (
    setweight(to_tsvector('simple'::regconfig, headline), 'A') ||
    setweight(to_tsvector('simple'::regconfig, body), 'B')
  ) stored,
  written_at timestamptz not null default now(),
  primary key (id, version)
);
create index stories_search_idx on stories using gin (search);
create index stories_cluster_idx on stories (cluster_id);
create index stories_version_created_idx on stories (version_created desc);

create table withdrawals (
  id text primary key,
  version integer not null,
  withdrawn_at timestamptz not null default now(),
  ninjs jsonb not null
);

create view latest_stories as
  select distinct on (id) *
  from stories
  where withdrawn_at is null
  order by id, version desc;

create view clusters as
  select cluster_id,
         count(distinct id) as stories,
         min(first_created) as first_created,
         max(version_created) as last_updated,
         array_agg(distinct id) as story_ids
  from stories
  where cluster_id is not null and withdrawn_at is null
  group by cluster_id;
`,
  },
];
