import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('has defaults that need no set-up: Kùzu under ./data, port 4000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.kuzuPath).toBe('./data/kuzu');
    expect(c.neo4j).toBeUndefined();
  });

  it.each([
    ['PORT', 'abc', /PORT must be a whole number from 0 to 65535/],
    ['PORT', '70000', /PORT/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of debug, info/],
    ['NEO4J_URI', 'http://localhost:7474', /NEO4J_URI must be a Bolt URI/],
    ['SEED_ON_START', 'maybe', /SEED_ON_START must be true or false/],
    ['QUERY_TIMEOUT_MS', '5', /QUERY_TIMEOUT_MS/],
  ])('refuses %s=%s naming the variable and the expected form', (name, value, message) => {
    let err: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).variable).toBe(name);
    expect((err as Error).message).toMatch(message);
  });

  it('selects Neo4j when NEO4J_URI is set, with a named database', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://db.example:7687', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'minerals' });
    expect(c.neo4j).toEqual({ uri: 'neo4j+s://db.example:7687', user: 'u', password: 'p', database: 'minerals' });
  });
});
