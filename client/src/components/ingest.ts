// "Load an article": paste text or drop a .txt file; shows progress, then a summary, and puts the result on the canvas.
import { getWriteToken, setWriteToken } from '../api/client.ts';
import * as api from '../api/queries.ts';
import type { IngestResult } from '../api/types.ts';
import { NODE_TYPE_LABELS } from '../core/graph/elements.ts';
import { showIngested } from '../core/graph/ingested.ts';
import { clear, h } from './dom.ts';
import { t } from '../i18n/index.ts';

interface IngestFields {
  text: HTMLTextAreaElement;
  file: HTMLInputElement;
  drop: HTMLElement;
  title: HTMLInputElement;
  date: HTMLInputElement;
  source: HTMLInputElement;
  token: HTMLInputElement;
  progress: HTMLElement;
  submit: HTMLButtonElement;
}

function ingestFields(): IngestFields {
  const file = h('input', { type: 'file', accept: '.txt,text/plain', 'aria-label': t('ingest.file') });
  return {
    text: h('textarea', { name: 'text', required: true, 'aria-label': t('ingest.text'), placeholder: t('ingest.textPlaceholder') }),
    file,
    drop: h('div', { class: 'drop' }, t('ingest.drop'), file),
    title: h('input', { type: 'text', name: 'title', 'aria-label': t('ingest.titleLabel') }),
    date: h('input', { type: 'date', name: 'date', 'aria-label': t('ingest.dateLabel') }),
    source: h('input', { type: 'text', name: 'source', 'aria-label': t('ingest.sourceLabel'), placeholder: t('ingest.sourcePlaceholder') }),
    // Writes from other machines need the server's write token; it stays in this tab only.
    token: h('input', { type: 'password', name: 'token', autocomplete: 'off', 'aria-label': t('ingest.tokenLabel'), value: getWriteToken() ?? '' }),
    progress: h('div', { role: 'status', 'aria-live': 'polite' }),
    submit: h('button', { type: 'submit', class: 'primary' }, t('ingest.submit')),
  };
}

function ingestForm(f: IngestFields, close: () => void): HTMLFormElement {
  return h(
    'form',
    { method: 'dialog' },
    h('h2', { id: 'ingest-title' }, t('toolbar.load.label')),
    f.text,
    f.drop,
    h('div', { class: 'row' }, h('label', {}, t('ingest.title'), f.title), h('label', {}, t('ingest.date'), f.date), h('label', {}, t('ingest.source'), f.source)),
    h('details', {}, h('summary', {}, t('ingest.token')), h('label', {}, t('ingest.tokenHint'), f.token)),
    f.progress,
    h('div', { class: 'row' }, f.submit, h('button', { type: 'button', onclick: close }, t('ingest.close'))),
  );
}

/** A chosen or dropped .txt file fills the text (and the title, when empty). */
function acceptFiles(f: IngestFields): void {
  async function readFile(file: File | undefined): Promise<void> {
    if (!file) return;
    f.text.value = await file.text();
    if (!f.title.value) f.title.value = file.name.replace(/\.txt$/i, '');
  }
  f.file.addEventListener('change', () => void readFile(f.file.files?.[0]));
  f.drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    f.drop.classList.add('over');
  });
  f.drop.addEventListener('dragleave', () => f.drop.classList.remove('over'));
  f.drop.addEventListener('drop', (e) => {
    e.preventDefault();
    f.drop.classList.remove('over');
    void readFile(e.dataTransfer?.files[0]);
  });
}

function summary(r: IngestResult): HTMLElement {
  return h(
    'div',
    { class: 'summary', 'data-testid': 'ingest-summary' },
    h('p', {}, t(r.created ? 'ingest.loaded' : 'ingest.already', { title: r.article.title })),
    h('p', {}, t('ingest.summary', { entities: r.entities.length, statements: r.statements, relations: r.relations })),
    h('ul', {}, ...r.entities.map((e) => h('li', {}, `${e.name} (${NODE_TYPE_LABELS[e.type]})`))),
  );
}

function say(progress: HTMLElement, ...children: HTMLElement[]): void {
  clear(progress);
  progress.append(...children);
}

/** Sends the article; shows its summary and puts it on the canvas, or says why it failed. */
async function send(f: IngestFields): Promise<void> {
  if (!f.text.value.trim()) return say(f.progress, h('p', { class: 'error' }, t('ingest.empty')));
  f.submit.disabled = true;
  setWriteToken(f.token.value.trim() || undefined);
  say(f.progress, h('p', {}, t('ingest.processing')), h('progress', { 'aria-label': t('ingest.processingLabel') }));
  try {
    const r = await api.ingestArticle({
      text: f.text.value,
      title: f.title.value.trim() || undefined,
      date: f.date.value || undefined,
      source: f.source.value.trim() || undefined,
    });
    say(f.progress, summary(r));
    // Saved: the next article starts from empty fields, not under this one's title, date and source.
    // (After a failure they stay, so that the user can fix them.)
    for (const field of [f.text, f.title, f.date, f.source, f.file]) field.value = '';
    await showIngested(r);
  } catch (error) {
    say(f.progress, h('p', { class: 'error', role: 'alert' }, t('ingest.failed', { message: (error as Error).message })));
  } finally {
    f.submit.disabled = false;
  }
}

export function mountIngest(dialog: HTMLDialogElement): () => void {
  const f = ingestFields();
  const form = ingestForm(f, () => dialog.close());
  dialog.append(form);
  acceptFiles(f);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void send(f);
  });
  return () => {
    clear(f.progress);
    dialog.showModal();
    f.text.focus();
  };
}
