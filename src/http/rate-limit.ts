/**
 * A cost budget per client per time window, as GitHub's GraphQL API has one: each
 * request spends the cost the guardrails already weigh it at (src/graphql/guardrails.ts)
 * from its client's points for the current window; when they run out the client is
 * refused (HTTP 429, `RATE_LIMITED`) until the window resets. The remaining budget
 * travels in `x-ratelimit-*` headers and `extensions.rateLimit`.
 *
 * Fixed windows, one per client, kept in memory: per server process (a cluster of
 * servers gives each client a budget per instance; put a shared limiter in front for
 * a global one). Clients are told apart by a header the operator names (an API key)
 * or else by their address.
 */
export interface BudgetOptions {
  /** Points per client per window. */
  readonly points: number;
  readonly windowMs: number;
  /** Clients remembered at most; the oldest windows are forgotten first. */
  readonly maxClients?: number;
  readonly now?: () => number;
}

export interface BudgetState {
  readonly limit: number;
  readonly used: number;
  readonly remaining: number;
  /** When the window ends and the budget is whole again (ms since the epoch). */
  readonly resetAt: number;
}

export class CostBudget {
  private readonly windows = new Map<string, { start: number; used: number }>();
  private readonly now: () => number;
  private readonly maxClients: number;

  constructor(private readonly opts: BudgetOptions) {
    this.now = opts.now ?? Date.now;
    this.maxClients = opts.maxClients ?? 100_000;
  }

  /** Spends `cost` of the client's budget if it has that much left; says what is left either way. */
  take(client: string, cost: number): BudgetState & { allowed: boolean } {
    const w = this.window(client);
    const allowed = w.used + cost <= this.opts.points;
    if (allowed) w.used += cost;
    return { ...this.state(w), allowed };
  }

  peek(client: string): BudgetState {
    return this.state(this.window(client));
  }

  private window(client: string): { start: number; used: number } {
    const now = this.now();
    let w = this.windows.get(client);
    if (!w || now >= w.start + this.opts.windowMs) {
      if (w) this.windows.delete(client);
      w = { start: now, used: 0 };
      // Map order is insertion order: the first entries are the oldest windows.
      while (this.windows.size >= this.maxClients) this.windows.delete(this.windows.keys().next().value as string);
      this.windows.set(client, w);
    }
    return w;
  }

  private state(w: { start: number; used: number }): BudgetState {
    return { limit: this.opts.points, used: w.used, remaining: Math.max(0, this.opts.points - w.used), resetAt: w.start + this.opts.windowMs };
  }
}

/** The `x-ratelimit-*` headers of a budget state (GitHub's names; reset in epoch seconds). */
export function rateLimitHeaders(s: BudgetState): Record<string, string> {
  return {
    'x-ratelimit-limit': String(s.limit),
    'x-ratelimit-remaining': String(s.remaining),
    'x-ratelimit-used': String(s.used),
    'x-ratelimit-reset': String(Math.ceil(s.resetAt / 1000)),
    'x-ratelimit-resource': 'graphql',
  };
}
