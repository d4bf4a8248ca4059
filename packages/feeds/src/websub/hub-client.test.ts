import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { PostForm } from './hub-client.ts';
import { guardedPost, newSecret, subscribe, unsubscribe } from './hub-client.ts';

function recorder(status: number): {
  post: PostForm;
  sent: Array<{ url: string; form: Record<string, string> }>;
} {
  const sent: Array<{ url: string; form: Record<string, string> }> = [];
  return {
    sent,
    post: async (url, form) => {
      sent.push({ url, form: Object.fromEntries(form) });
      return { status };
    },
  };
}

const request = {
  hub: 'https://hub.example/',
  topic: 'https://n.example/feed.xml',
  callback: 'https://wirefeed.example/websub/world',
  secret: 's3cret',
  leaseSeconds: 86_400,
};

describe('subscribe / unsubscribe', () => {
  it('posts the WebSub form to the hub and accepts 202', async () => {
    const { post, sent } = recorder(202);
    expect(await subscribe(request, post)).toEqual({ ok: true, status: 202 });
    expect(sent).toEqual([
      {
        url: 'https://hub.example/',
        form: {
          'hub.mode': 'subscribe',
          'hub.topic': 'https://n.example/feed.xml',
          'hub.callback': 'https://wirefeed.example/websub/world',
          'hub.secret': 's3cret',
          'hub.lease_seconds': '86400',
        },
      },
    ]);
  });

  it('accepts 204 from hubs that verify before answering', async () => {
    expect((await subscribe(request, recorder(204).post)).ok).toBe(true);
  });

  it('reports other statuses and network errors without throwing', async () => {
    expect(await subscribe(request, recorder(400).post)).toEqual({
      ok: false,
      status: 400,
      error: 'hub answered 400',
    });
    expect(await subscribe(request, recorder(200).post)).toMatchObject({ ok: false, status: 200 });
    const failing: PostForm = async () => {
      throw new Error('ECONNREFUSED');
    };
    expect(await subscribe(request, failing)).toEqual({ ok: false, error: 'ECONNREFUSED' });
  });

  it('sends unsubscribe without secret or lease when none is given', async () => {
    const { post, sent } = recorder(202);
    await unsubscribe({ hub: request.hub, topic: request.topic, callback: request.callback }, post);
    expect(sent[0]?.form).toEqual({
      'hub.mode': 'unsubscribe',
      'hub.topic': request.topic,
      'hub.callback': request.callback,
    });
  });

  it('makes 32-byte hex secrets, different each time', () => {
    const a = newSecret();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(newSecret()).not.toBe(a);
  });
});

describe('guardedPost', () => {
  it('posts a urlencoded form and returns the status, without following redirects', async () => {
    const seen: Array<{ type: string | undefined; body: string }> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ type: req.headers['content-type'], body });
        if (req.url === '/moved') res.writeHead(307, { location: '/hub' }).end();
        else res.writeHead(202).end('accepted');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const post = guardedPost({ allowPrivate: ['127.0.0.1'] });
      expect(
        await post(`http://127.0.0.1:${port}/hub`, new URLSearchParams({ 'hub.mode': 'subscribe' })),
      ).toEqual({
        status: 202,
      });
      expect(seen[0]?.type).toMatch(/^application\/x-www-form-urlencoded/);
      expect(seen[0]?.body).toBe('hub.mode=subscribe');
      expect(await post(`http://127.0.0.1:${port}/moved`, new URLSearchParams())).toEqual({ status: 307 });
      expect(seen).toHaveLength(2);
      await expect(
        guardedPost()(`http://127.0.0.1:${port}/hub`, new URLSearchParams()),
      ).rejects.toMatchObject({
        code: 'WF_E_FETCH_BLOCKED',
      });
      expect(seen).toHaveLength(2);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
