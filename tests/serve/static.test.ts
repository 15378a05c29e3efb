import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { fileUnder } from '../../server/serve/static.ts';

// Which file a URL path names: never one outside the root, never a crash on a malformed path.

  it('never serves a file from a sibling folder whose name starts like the root', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-'));
    const root = path.join(dir, 'dist');
    fs.mkdirSync(root);
    fs.mkdirSync(path.join(dir, 'dist-x'));
    fs.writeFileSync(path.join(root, 'app.js'), 'ok');
    fs.writeFileSync(path.join(dir, 'dist-x', 'secret.txt'), 'secret');
    expect(fileUnder(root, '/app.js')).toBe(path.join(root, 'app.js'));
    expect(fileUnder(root, '/../dist-x/secret.txt')).toBeNull();
    expect(fileUnder(root, '/..%2fdist-x%2fsecret.txt')).toBeNull();
    expect(fileUnder(root, '/%2e%2e/dist-x/secret.txt')).toBeNull();
    expect(fileUnder(root, '/%E0%A4%A')).toBeNull();
    fs.rmSync(dir, { recursive: true, force: true });
  });

