import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles, REPOSITORY_ROOT } from './codegen.ts';

// The committed API types are what graphql-codegen makes of the schema now: a change to the SDL or to the model's
// enums without `npm run codegen` fails here (and the compiler then checks resolvers and the explorer against it).
describe('generated API types', () => {
  it('are up to date with the schema', async () => {
    const files = await generatedFiles();
    expect(Object.keys(files).length).toBeGreaterThan(0);
    for (const [file, text] of Object.entries(files)) {
      const committed = fs.readFileSync(path.join(REPOSITORY_ROOT, file), 'utf8');
      expect(committed, `${file} is stale: run npm run codegen`).toBe(text);
    }
  });

  it("types the resolvers' arguments from the SDL, its enums as the model's string unions", async () => {
    const [server] = Object.values(await generatedFiles());
    // the generated resolver types name the schema's fields and arguments
    expect(server).toContain('export type QueryNeighbourhoodArgs');
    expect(server).toMatch(/relationTypes\?: InputMaybe<Array<RelationType>>/);
  });
});
