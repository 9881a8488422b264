/**
 * Settings Neo4j refuses are final: the server process says which setting and what to
 * do, and exits non-zero, instead of retrying forever. (A made-up user, so the failed
 * logins cannot rate-limit the test user the other files log in as.)
 */
import { expect, it } from 'vitest';
import { startServerProcess } from '../support/process.js';
import { describeOnBackend, neo4jTarget } from '../support/stores.js';

describeOnBackend('Neo4j settings that retrying cannot fix', () => {
  it('a wrong password: exit 1 naming NEO4J_USER and NEO4J_PASSWORD', { timeout: 60_000 }, async () => {
    const t = neo4jTarget();
    const p = startServerProcess({ PORT: '0', NEO4J_URI: t.uri, NEO4J_USER: 'nobody', NEO4J_PASSWORD: 'not-the-password' });
    expect(await p.exited).toBe(1);
    expect(p.err()).toContain(`Neo4j at ${t.uri} refused the credentials of user "nobody"`);
    expect(p.err()).toMatch(/check NEO4J_USER and NEO4J_PASSWORD/);
    expect(p.err()).not.toMatch(/retrying/);
  });

  it('an unknown database: exit 1 naming NEO4J_DATABASE', { timeout: 60_000 }, async () => {
    const t = neo4jTarget();
    const p = startServerProcess({ PORT: '0', NEO4J_URI: t.uri, NEO4J_USER: t.user, NEO4J_PASSWORD: t.password, NEO4J_DATABASE: 'nosuchdb' });
    expect(await p.exited).toBe(1);
    expect(p.err()).toContain('has no database "nosuchdb": set NEO4J_DATABASE');
  });
});
