import { selectionAtom } from './atom.ts';

export function select(kind: 'node' | 'edge', id: string): void {
  selectionAtom.update((s) => ({ ...s, selected: { kind, id } }));
}

export function clearSelection(): void {
  selectionAtom.update((s) => ({ ...s, selected: undefined }));
}

export function setPathStart(id: string | undefined): void {
  selectionAtom.update((s) => ({ ...s, pathStart: id }));
}

export function setPathIds(ids: readonly string[]): void {
  selectionAtom.update((s) => ({ ...s, pathIds: ids }));
}
