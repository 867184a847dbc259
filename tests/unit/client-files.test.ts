import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadFiles } from '@/lib/client/files';
import { newLeaseToken, sealSecret, type SecretFile } from '@/lib/crypto';

/*
 * The client's part downloads over real HTTP (a loopback node:http server
 * standing in for the API): a connection dropped mid-body is retried with
 * the same lease, while bytes that arrive whole but do not authenticate are
 * reported as damage at once, never retried into a false success.
 */

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function sealedFiles(size: number) {
  const data = Buffer.alloc(size, 7);
  const files: SecretFile[] = [{ name: 'a.bin', type: '', size }];
  const { sealed, stream } = await sealSecret({ kind: 'bundle', text: '', files });
  const padded = new Uint8Array(sealed.files!.streamBytes);
  padded.set(data);
  const parts: Uint8Array[] = [];
  for (let p = 0; p < stream!.parts; p++) {
    const at = stream!.partOffset(p);
    parts.push(await stream!.sealPart(p, padded.subarray(at, at + stream!.partPlaintextBytes(p))));
  }
  return { data, files, stream: stream!, parts };
}

/** Serves parts; `misbehave(index, attempt)` may cut or alter an answer. */
async function serve(parts: Uint8Array[], misbehave: (index: number, attempt: number) => 'cut' | 'flip' | null) {
  const attempts = new Map<number, number>();
  const server = createServer((req, res) => {
    const index = Number(/\/parts\/(\d+)$/.exec(req.url ?? '')?.[1]);
    const attempt = (attempts.get(index) ?? 0) + 1;
    attempts.set(index, attempt);
    const body = Buffer.from(parts[index]!);
    const how = misbehave(index, attempt);
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.length) });
    if (how === 'cut') {
      res.write(body.subarray(0, body.length >> 1), () => res.destroy());
      return;
    }
    if (how === 'flip') body[body.length - 1]! ^= 1;
    res.end(body);
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, attempts };
}

describe('downloading a file stream', () => {
  it('retries a part whose connection dropped mid-body, with the same lease', async () => {
    const { data, files, stream, parts } = await sealedFiles(2 * 1024 * 1024);
    const { base, attempts } = await serve(parts, (index, attempt) => (index === 1 && attempt === 1 ? 'cut' : null));
    const result = await downloadFiles(base, 'id', newLeaseToken().token, stream, files);
    expect(result.kind).toBe('downloaded');
    if (result.kind !== 'downloaded') return;
    expect(Buffer.concat(result.pieces[0]!).equals(data)).toBe(true);
    expect(attempts.get(1)).toBe(2);
  });

  it('reports bytes that arrive whole but do not authenticate as damage, without retrying', async () => {
    const { files, stream, parts } = await sealedFiles(100_000);
    const { base, attempts } = await serve(parts, () => 'flip');
    await expect(downloadFiles(base, 'id', newLeaseToken().token, stream, files)).rejects.toThrow(
      /^stream: chunk \d+ failed authentication$/,
    );
    expect(attempts.get(0)).toBe(1);
  });

  it('gives up with a network failure when every attempt is cut', async () => {
    const { files, stream, parts } = await sealedFiles(100_000);
    const { base, attempts } = await serve(parts, () => 'cut');
    const result = await downloadFiles(base, 'id', newLeaseToken().token, stream, files, { retries: 2 });
    expect(result).toEqual({ kind: 'error', code: 'network', status: 0 });
    expect(attempts.get(0)).toBe(3);
  });
});
