// "Load an article": paste text or drop a .txt file; shows progress, then a summary, and puts the result on the canvas.
import { getWriteToken, setWriteToken } from '../api/client.ts';
import * as api from '../api/queries.ts';
import type { IngestResult } from '../api/types.ts';
import { refreshDates } from '../core/filters/actions.ts';
import { wantedRelationTypes } from '../core/graph/actions.ts';
import { graphAtom } from '../core/graph/atom.ts';
import { NODE_TYPE_LABELS } from '../core/graph/elements.ts';
import { mergeSubgraph, restrictTo } from '../core/graph/model.ts';
import { clear, h } from './dom.ts';
import { t } from '../i18n/index.ts';

export function mountIngest(dialog: HTMLDialogElement): () => void {
  const text = h('textarea', { name: 'text', required: true, 'aria-label': t('ingest.text'), placeholder: t('ingest.textPlaceholder') });
  const file = h('input', { type: 'file', accept: '.txt,text/plain', 'aria-label': t('ingest.file') });
  const drop = h('div', { class: 'drop' }, t('ingest.drop'), file);
  const title = h('input', { type: 'text', name: 'title', 'aria-label': t('ingest.titleLabel') });
  const date = h('input', { type: 'date', name: 'date', 'aria-label': t('ingest.dateLabel') });
  const source = h('input', { type: 'text', name: 'source', 'aria-label': t('ingest.sourceLabel'), placeholder: t('ingest.sourcePlaceholder') });
  // Writes from other machines need the server's write token; it stays in this tab only.
  const token = h('input', { type: 'password', name: 'token', autocomplete: 'off', 'aria-label': t('ingest.tokenLabel'), value: getWriteToken() ?? '' });
  const progress = h('div', { role: 'status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('ingest.submit'));
  const cancel = h('button', { type: 'button', onclick: () => dialog.close() }, t('ingest.close'));
  const form = h(
    'form',
    { method: 'dialog' },
    h('h2', { id: 'ingest-title' }, t('toolbar.load.label')),
    text,
    drop,
    h('div', { class: 'row' }, h('label', {}, t('ingest.title'), title), h('label', {}, t('ingest.date'), date), h('label', {}, t('ingest.source'), source)),
    h('details', {}, h('summary', {}, t('ingest.token')), h('label', {}, t('ingest.tokenHint'), token)),
    progress,
    h('div', { class: 'row' }, submit, cancel),
  );
  dialog.append(form);

  async function readFile(f: File | undefined): Promise<void> {
    if (!f) return;
    text.value = await f.text();
    if (!title.value) title.value = f.name.replace(/\.txt$/i, '');
  }
  file.addEventListener('change', () => void readFile(file.files?.[0]));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    void readFile(e.dataTransfer?.files[0]);
  });

  function summary(r: IngestResult): HTMLElement {
    return h(
      'div',
      { class: 'summary', 'data-testid': 'ingest-summary' },
      h('p', {}, t(r.created ? 'ingest.loaded' : 'ingest.already', { title: r.article.title })),
      h('p', {}, t('ingest.summary', { entities: r.entities.length, statements: r.statements, relations: r.relations })),
      h('ul', {}, ...r.entities.map((e) => h('li', {}, `${e.name} (${NODE_TYPE_LABELS[e.type]})`))),
    );
  }

  function resetFields(): void {
    for (const field of [text, title, date, source, file]) field.value = '';
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!text.value.trim()) {
      clear(progress);
      progress.append(h('p', { class: 'error' }, t('ingest.empty')));
      return;
    }
    submit.disabled = true;
    setWriteToken(token.value.trim() || undefined);
    clear(progress);
    progress.append(h('p', {}, t('ingest.processing')), h('progress', { 'aria-label': t('ingest.processingLabel') }));
    try {
      const r = await api.ingestArticle({
        text: text.value,
        title: title.value.trim() || undefined,
        date: date.value || undefined,
        source: source.value.trim() || undefined,
      });
      clear(progress);
      progress.append(summary(r));
      // Saved: the next article starts from empty fields, not under this one's title, date and source.
      // (After a failure they stay, so that the user can fix them.)
      resetFields();
      // The article's entities and the edges among them, joined to what is already on the canvas.
      // Loading the same text again changes nothing; still show what that article holds.
      const entities = r.entities.length ? r.entities : ((await api.article(r.article.id))?.entities ?? []);
      const fresh = [r.article.id, ...entities.map((n) => n.id)].slice(0, 200);
      const sub = await api.neighbourhood({ ids: fresh, depth: 1, relationTypes: wantedRelationTypes(), limit: 5000 });
      const keep = new Set([...fresh, ...graphAtom.get().nodes.keys()]);
      // The article's statements come along too (they hang on the article over IN).
      const quotes = new Set(sub.edges.filter((e) => e.type === 'IN' && e.target === r.article.id).map((e) => e.source));
      const nodes = [...entities, ...sub.nodes.filter((n) => fresh.includes(n.id) || quotes.has(n.id))];
      for (const id of quotes) keep.add(id);
      graphAtom.set(mergeSubgraph(graphAtom.get(), { nodes, edges: restrictTo(sub, keep).edges }));
      void refreshDates().catch(() => {});
    } catch (error) {
      clear(progress);
      progress.append(h('p', { class: 'error', role: 'alert' }, t('ingest.failed', { message: (error as Error).message })));
    } finally {
      submit.disabled = false;
    }
  });

  return () => {
    clear(progress);
    dialog.showModal();
    text.focus();
  };
}
