import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from '../support/process.js';

const start = startServerProcess;

describe('the server process', () => {
  it('exits non-zero naming PORT when PORT is not a number', async () => {
    const p = start({ PORT: 'abc' });
    expect(await p.exited).toBe(2);
    expect(p.err()).toMatch(/PORT must be a whole number from 0 to 65535; got "abc"/);
  });

  it('stays up with an unreachable Neo4j: alive, not ready, queries get SERVICE_UNAVAILABLE; SIGTERM stops it cleanly', async () => {
    const p = start({ PORT: '0', NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    try {
      const url = await p.url();
      expect((await fetch(`${url}healthz`)).status).toBe(200);
      const ready = await fetch(`${url}readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', backend: 'neo4j', reason: 'the graph store does not answer' });
      const res = await fetch(`${url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ mineral(id: "gallium") { id } }' }),
      });
      const body: any = await res.json();
      expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|neo4j-driver|Neo4jError/);
    } finally {
      p.child.kill('SIGTERM');
    }
    expect(await p.exited).toBe(0);
  });

  it('exits non-zero naming a guardrail variable with a bad value', async () => {
    const p = start({ GRAPHQL_MAX_DEPTH: 'deep' });
    expect(await p.exited).toBe(2);
    expect(p.err()).toMatch(/GRAPHQL_MAX_DEPTH must be a whole number from 1 to 100; got "deep"/);
  });

  it('applies the guardrail and CORS variables it is started with (checked before the store is touched)', async () => {
    const p = start({ PORT: '0', NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', GRAPHQL_MAX_DEPTH: '2', CORS_ORIGINS: 'https://app.example.org' });
    try {
      const url = await p.url();
      const res = await fetch(`${url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://app.example.org' },
        body: JSON.stringify({ query: '{ mineral(id: "gallium") { listedIn { asPublished } } }' }),
      });
      expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
      const body: any = await res.json();
      expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 2, found: 3 });
    } finally {
      p.child.kill('SIGTERM');
    }
    expect(await p.exited).toBe(0);
  });

  it('a second server on the same Kùzu folder exits non-zero at once, naming the folder and the fix', { timeout: 60_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-locked-'));
    const first = start({ PORT: '0', KUZU_PATH: dir });
    try {
      const url = await first.url();
      for (let i = 0; i < 100 && (await fetch(`${url}readyz`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 200));
      const second = start({ PORT: '0', KUZU_PATH: dir });
      expect(await second.exited).toBe(1);
      expect(second.err()).toContain(`the Kùzu folder ${dir} is locked by another process`);
      expect(second.err()).toMatch(/stop the other server using it, or set KUZU_PATH to another folder/);
      expect(second.err()).not.toMatch(/retrying/);
      // The first one is untouched.
      expect((await fetch(`${url}readyz`)).status).toBe(200);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('seeds an empty Kùzu folder on first start, keeps it on restart without duplicating anything', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-main-'));
    const query = JSON.stringify({ query: '{ listEdition(id: "USA-2022") { size minerals { id } } minerals(first: 1) { totalCount } }' });
    const run = async () => {
      const p = start({ PORT: '0', KUZU_PATH: dir });
      const url = await p.url();
      for (let i = 0; i < 100 && (await fetch(`${url}readyz`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 200));
      const body: any = await (await fetch(`${url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: query })).json();
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      return body.data;
    };
    try {
      const first = await run();
      expect(first.listEdition.minerals).toHaveLength(50);
      const second = await run();
      expect(second).toEqual(first);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
