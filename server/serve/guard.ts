import type http from 'node:http';

// Who may talk to the server from a browser. A loopback server without a token trusts whoever can reach
// it, so it must not be reachable through a web page the user happens to visit:
// - Host: only loopback names (and KG_ALLOWED_HOSTS) are served, so a DNS-rebinding page gets nothing;
// - POST /graphql only as application/json, which a cross-site form or no-preflight fetch cannot send;
// - CORS is off unless KG_CORS_ORIGINS names origins (see http.ts).

export interface GuardPolicy {
  /** Host names served besides loopback ones; '*' serves any. */
  allowedHosts: string[];
  /** With a write token any Host is served (writes need the token anyway), unless allowedHosts is set. */
  anyHost: boolean;
}

export interface Refusal {
  status: number;
  code: string;
  message: string;
}

const LOOPBACK_NAMES = new Set(['localhost', '[::1]', '::1']);

/** The host name of a Host header, without its port; lower case. */
export function hostName(header: string | undefined): string {
  const h = (header ?? '').trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.replace(/:\d*$/, '');
}

function isLoopbackName(name: string): boolean {
  return LOOPBACK_NAMES.has(name) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name) || name.endsWith('.localhost');
}

export function checkHost(req: http.IncomingMessage, policy: GuardPolicy): Refusal | null {
  const name = hostName(req.headers.host);
  if (isLoopbackName(name) || policy.allowedHosts.includes('*') || policy.allowedHosts.includes(name)) return null;
  if (policy.anyHost && policy.allowedHosts.length === 0) return null;
  return {
    status: 421,
    code: 'HOST_NOT_ALLOWED',
    message: `This server answers only to localhost, 127.0.0.1 and [::1]${policy.allowedHosts.length ? ` and ${policy.allowedHosts.join(', ')}` : ''}, not "${name}": add it to KG_ALLOWED_HOSTS`,
  };
}

/** GraphQL over POST only as JSON: the form and text encodings are how cross-site pages write. */
export function checkGraphqlPost(req: http.IncomingMessage): Refusal | null {
  if (req.method !== 'POST') return null;
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json' || type === 'application/graphql-response+json') return null;
  return {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: `POST /graphql takes only Content-Type: application/json (got "${type || 'none'}")`,
  };
}

export function refuse(res: http.ServerResponse, r: Refusal): void {
  res.req.resume(); // read and drop what the client still sends, so its connection is not reset
  res.writeHead(r.status, { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify({ errors: [{ message: r.message, extensions: { code: r.code } }] }));
}
