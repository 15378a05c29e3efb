import { aliasesBesides, entityKeys } from '../resolve/names.ts';
import type { Tx } from '../store/store.ts';
import { fixId, liveEntity, requireEntity, unfixId } from './entities.ts';
import { namesFromArticles, setNames } from './names.ts';
import { CorrectionError, type Correction, type NewCorrection } from './types.ts';

// renameEntity: the entity keeps its id (ids do not follow corrections); its old name becomes an alias, and the new
// name's keys join it, so that articles naming it either way find it.

export const MAX_NAME = 200;

/** A name a user gives: 1 to MAX_NAME characters, with a letter or digit, and no control characters. */
export function checkGivenName(clean: string): void {
  if (!clean || clean.length > MAX_NAME) throw new CorrectionError(`name must hold 1 to ${MAX_NAME} characters`);
  if (!/[\p{L}\p{N}]/u.test(clean) || /\p{Cc}/u.test(clean)) throw new CorrectionError('name must hold a letter or digit and no control characters');
}

interface RenameParams {
  id: string;
  name: string;
  /** The name before, given back on a revert when reference data names the entity. */
  from: string;
}

export async function prepareRename(tx: Tx, id: string, name: string): Promise<NewCorrection> {
  const clean = name.trim().replace(/\s+/g, ' ');
  checkGivenName(clean);
  const e = await requireEntity(tx, id);
  if (e.name === clean) throw new CorrectionError(`"${e.id}" is already named "${clean}"`);
  const params: RenameParams = { id: e.id, name: clean, from: e.name };
  return { kind: 'RENAME_ENTITY', params: { ...params }, targets: [...new Set([id, e.id])], articleIds: [] };
}

export async function applyRename(tx: Tx, c: Correction): Promise<string[]> {
  const p = c.params as unknown as RenameParams;
  const e = await liveEntity(tx, p.id);
  if (!e) return [];
  await fixId(tx, e);
  if (e.name === p.name) return [];
  const keys = [...new Set([...e.keys, ...entityKeys(e.label, [p.name])])];
  await setNames(tx, e.id, p.name, aliasesBesides(p.name, [e.name, ...e.aliases]), keys);
  return [];
}

export async function undoRename(tx: Tx, c: Correction): Promise<void> {
  const p = c.params as unknown as RenameParams;
  const e = await liveEntity(tx, p.id);
  if (!e) return;
  await unfixId(tx, e.id);
  await namesFromArticles(tx, e.id, p.from);
}
