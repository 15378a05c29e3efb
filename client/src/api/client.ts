// Minimal GraphQL-over-HTTP client: errors from the server become ApiError with its messages.
export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'graphql' | 'http',
  ) {
    super(message);
  }
}

const endpoint = new URL('graphql', document.baseURI).toString();
const TOKEN_KEY = 'kg-write-token';

export function getWriteToken(): string | undefined {
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

export function setWriteToken(token: string | undefined): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(getWriteToken() ? { authorization: `Bearer ${getWriteToken()}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('The server cannot be reached.', 'network');
  }
  let body: { data?: T; errors?: { message: string }[] } | undefined;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The server answered ${response.status} ${response.statusText}.`, 'http');
  }
  if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('\n'), 'graphql');
  if (!response.ok || !body?.data) throw new ApiError(`The server answered ${response.status}.`, 'http');
  return body.data;
}

export async function fetchHealth(): Promise<{ ok: boolean; neo4j: unknown }> {
  try {
    const response = await fetch(new URL('health', document.baseURI), { cache: 'no-store' });
    const body = await response.json();
    return { ok: Boolean(body?.ok), neo4j: body?.neo4j };
  } catch {
    return { ok: false, neo4j: undefined };
  }
}
