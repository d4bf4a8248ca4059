import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    postgresSource: 'env' | 'container' | 'local' | 'private';
  }
}

/** The machine's PostgreSQL, as .ci/run starts it: trust auth, database `test`. */
export const LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** The PostgreSQL URL the global setup chose for this run (see global-setup.ts). */
export function testPostgresUrl(): string {
  return inject('postgresUrl');
}

/** A schema no other test uses: PostgreSQL tests keep apart by schema as Redis tests do by prefix. */
export function uniqueSchema(name: string): string {
  return `t_${name.replace(/[^a-z0-9]/g, '_')}_${randomBytes(4).toString('hex')}`;
}

export async function postgresAnswers(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => undefined });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** The test PostgreSQL under a schema of its own; disposing it drops the schema and its tables. */
export interface TestSchema extends AsyncDisposable {
  url: string;
  schema: string;
  /** A client whose search_path is the schema. */
  sql: postgres.Sql;
}

export async function testSchema(name: string): Promise<TestSchema> {
  const url = testPostgresUrl();
  const schema = uniqueSchema(name);
  const sql = postgres(url, { onnotice: () => undefined, connection: { search_path: schema } });
  return {
    url,
    schema,
    sql,
    async [Symbol.asyncDispose]() {
      await sql.unsafe(`drop schema if exists ${schema} cascade`);
      await sql.end();
    },
  };
}
