import { expect, it } from 'vitest';
import { requestUrl } from '../../server/serve/http.ts';

// A request target that starts with two slashes is a path here, not a protocol-relative URL whose
// "host" may fail to parse (the fuzz test once got a 500 for GET //%E0%A4%A).

it('reads an origin-form target as a path on this server, however it starts', () => {
  expect(requestUrl('//%E0%A4%A')?.pathname).toBe('//%E0%A4%A');
  expect(requestUrl('//graphql')?.pathname).toBe('//graphql');
  expect(requestUrl('/export/graph.graphml?types=Person')?.searchParams.get('types')).toBe('Person');
  expect(requestUrl(undefined)?.pathname).toBe('/');
});

it('parses an absolute-form target and refuses one that is no URL', () => {
  expect(requestUrl('http://localhost/health')?.pathname).toBe('/health');
  expect(requestUrl('*')).toBeNull();
  expect(requestUrl('http://%E0%A4%A/')).toBeNull();
});
