import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../server/store/local-neo4j.ts';

// One real Neo4j for the whole run, on its own port and data folder, gone afterwards.

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}


let neo4j: LocalNeo4j | null = null;
let dataDir = '';

export async function setup(project: TestProject) {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    return;
  }
  dataDir = path.resolve('.test-data', `run-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  neo4j = await startLocalNeo4j({ dataDir, port: await freePort(), heap: '1g', pageCache: '128m' });
  // KG_TEST_URI_SCHEME=neo4j runs the suite through the routing driver that clusters and Aura use.
  const scheme = process.env.KG_TEST_URI_SCHEME ?? 'bolt';
  project.provide('neo4jUri', neo4j.uri.replace(/^bolt:/, `${scheme}:`));
}

export async function teardown() {
  await neo4j?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
