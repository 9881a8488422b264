/**
 * The store's own errors. Adapters map every driver error to one of these, so
 * nothing above the store sees a driver type, and the HTTP layer can tell an
 * outage (503-like, retry later) from a bad statement (a bug, masked).
 */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The backend cannot be reached or is shutting down. */
export class StoreUnavailableError extends StoreError {}

/**
 * The backend answers but refuses this configuration (wrong credentials, an unknown
 * database): retrying cannot help. Clients see it as unavailable, as any outage.
 */
export class StoreConfigError extends StoreUnavailableError {}

/** A statement ran past its deadline. */
export class StoreTimeoutError extends StoreError {}

/** A statement needed more memory than the store may use (Kùzu's buffer pool, Neo4j's transaction memory). */
export class StoreResourceError extends StoreError {}

/** The backend rejected a statement (a bug or a constraint): never shown to clients verbatim. */
export class StoreQueryError extends StoreError {}
