import type http from 'node:http';

/**
 * CORS for /graphql. With no origins configured nothing is added, so browsers keep
 * cross-origin pages out (same-origin only). A listed origin (or any, with `*`)
 * gets the headers a browser needs, and its preflight (OPTIONS) is answered here.
 * Cookies are never allowed (no credentials), so CSRF prevention still holds.
 */
export function applyCors(origins: readonly string[], req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (origins.length === 0) return false;
  res.setHeader('vary', 'Origin');
  const origin = req.headers.origin;
  if (!origin) return false;
  const any = origins.includes('*');
  if (!any && !origins.includes(origin)) return false;
  res.setHeader('access-control-allow-origin', any ? '*' : origin);
  res.setHeader('access-control-expose-headers', 'x-request-id');
  return true;
}

export const PREFLIGHT_HEADERS = {
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, apollo-require-preflight, x-apollo-operation-name',
  'access-control-max-age': '600',
} as const;
