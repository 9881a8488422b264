/**
 * One layer talks to the store: resolvers and filters under src/graphql/ read through the
 * request's loaders (src/repo/), which carry the request's deadline, and never the store port.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/store/create.js';

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

it('nothing under src/graphql/ reads or writes the store directly', () => {
  const offenders: string[] = [];
  for (const f of files(path.join(REPO_ROOT, 'src', 'graphql'))) {
    fs.readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
      if (/^\s*(\/\/|\*)/.test(line)) return;
      if (/\bctx\.store\b|\.read\(\{|\.writeTransaction\(|\bapplySchema\(/.test(line)) offenders.push(`${path.relative(REPO_ROOT, f)}:${i + 1}: ${line.trim()}`);
    });
  }
  expect(offenders).toEqual([]);
});
