// The panel's correction controls: rename, retype, merge into another entity, split articles off (an entity), and
// retract (a relation, a statement). Each is a correction on the server, undone from the notice it leaves.
import { search } from '../api/queries.ts';
import { NODE_TYPES, type Entity, type GraphNode, type NodeType } from '../api/types.ts';
import { mergeInto, renameEntity, retractRelation, retractStatement, retypeEntity, splitEntity } from '../core/corrections/actions.ts';
import { NODE_TYPE_LABELS } from '../core/graph/elements.ts';
import { ask } from '../core/graph/actions.ts';
import { t } from '../i18n/index.ts';
import { h } from './dom.ts';

/** The types an entity may be given. */
const ENTITY_TYPES: readonly NodeType[] = NODE_TYPES.filter((x) => x !== 'ARTICLE' && x !== 'STATEMENT');

/** Runs a correction from a form: its buttons wait meanwhile, errors are the status bar's notice. */
function locked(form: HTMLFormElement, run: () => Promise<unknown>): void {
  const buttons = [...form.querySelectorAll('button')];
  for (const b of buttons) b.disabled = true;
  void run()
    .catch(() => {})
    .finally(() => buttons.forEach((b) => (b.disabled = false)));
}

/** A form's submit handler that runs a correction (locked) instead of leaving the page. */
function submitting(form: HTMLFormElement, run: () => Promise<unknown>): (event: Event) => void {
  return (event) => {
    event.preventDefault();
    locked(form, run);
  };
}

function renameForm(e: Entity): HTMLFormElement {
  const name = h('input', { type: 'text', name: 'name', value: e.name, required: true, maxlength: 200, 'aria-label': t('correct.rename.field') });
  const form = h('form', { class: 'correct-rename' }, h('label', {}, t('correct.rename.field'), name), h('button', { type: 'submit' }, t('correct.rename')));
  form.addEventListener('submit', submitting(form, () => (name.value.trim() && name.value.trim() !== e.name ? renameEntity(e.id, name.value.trim()) : Promise.resolve())));
  return form;
}

function retypeForm(e: Entity): HTMLFormElement {
  const type = h('select', { name: 'type', 'aria-label': t('correct.retype.field') }, ...ENTITY_TYPES.map((x) => h('option', { value: x, selected: x === e.type }, NODE_TYPE_LABELS[x])));
  const form = h('form', { class: 'correct-retype' }, h('label', {}, t('correct.retype.field'), type), h('button', { type: 'submit' }, t('correct.retype')));
  form.addEventListener('submit', submitting(form, () => (type.value !== e.type ? retypeEntity(e.id, type.value as NodeType) : Promise.resolve())));
  return form;
}

/** A search field whose hits are buttons: one click (confirmed) merges this entity into the hit. */
function mergeForm(e: Entity): HTMLFormElement {
  const field = h('input', { type: 'search', name: 'into', autocomplete: 'off', placeholder: t('correct.merge.placeholder'), 'aria-label': t('correct.merge.field') });
  const hits = h('ul', { class: 'merge-hits' });
  const form = h('form', { class: 'correct-merge' }, h('label', {}, t('correct.merge.field'), field), hits);
  const choose = (hit: GraphNode) => {
    if (!ask(t('correct.merge.confirm', { name: e.name, into: hit.name }))) return;
    locked(form, () => mergeInto(e.id, hit.id));
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const mine = ++asked;
      const found = field.value.trim() ? await search(field.value.trim(), 8).catch(() => []) : [];
      if (mine !== asked) return;
      hits.replaceChildren(
        ...found
          .filter((n) => n.id !== e.id && ENTITY_TYPES.includes(n.type))
          .map((n) => h('li', {}, h('button', { type: 'button', 'data-id': n.id, onclick: () => choose(n) }, t('correct.merge.into', { name: n.name, type: NODE_TYPE_LABELS[n.type] })))),
      );
    }, 200);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  return form;
}

/** Checkboxes for the articles that name the entity: the ticked ones move to a new entity. */
function splitForm(e: Entity): HTMLFormElement {
  const boxes = e.mentions.map((m) => ({ id: m.article.id, box: h('input', { type: 'checkbox', value: m.article.id }), title: m.article.title }));
  const name = h('input', { type: 'text', name: 'name', placeholder: `${e.name} (2)`, maxlength: 200, 'aria-label': t('correct.split.name') });
  const form = h(
    'form',
    { class: 'correct-split' },
    h('p', { class: 'meta' }, t('correct.split.hint')),
    h('ul', {}, ...boxes.map((b) => h('li', {}, h('label', {}, b.box, b.title)))),
    h('label', {}, t('correct.split.name'), name),
    h('button', { type: 'submit' }, t('correct.split')),
  );
  form.addEventListener(
    'submit',
    submitting(form, () => {
      const ids = boxes.filter((b) => b.box.checked).map((b) => b.id);
      return ids.length && ids.length < boxes.length ? splitEntity(e.id, ids, name.value.trim() || null) : Promise.resolve();
    }),
  );
  return form;
}

/** The entity whose controls were left open: they stay open when its panel is drawn again after a correction. */
let openFor: string | undefined;

/** Closed at first: correcting is the exception, reading the rule. */
export function entityCorrections(e: Entity): HTMLElement {
  const forms = [renameForm(e)];
  if (!e.reference) forms.push(retypeForm(e), mergeForm(e));
  if (e.mentions.length > 1) forms.push(splitForm(e));
  const details = h('details', { class: 'corrections', open: openFor === e.id }, h('summary', {}, t('correct.entity')), h('p', { class: 'meta' }, t('correct.hint')), ...forms);
  details.addEventListener('toggle', () => (openFor = details.open ? e.id : undefined));
  return details;
}

function retractButton(label: string, confirm: string, run: () => Promise<unknown>): HTMLButtonElement {
  const button = h('button', {
    type: 'button',
    class: 'retract',
    onclick: () => {
      if (!ask(confirm)) return;
      button.disabled = true;
      void run().catch(() => {}).finally(() => (button.disabled = false));
    },
  }, label);
  return button;
}

export const relationRetract = (id: string) => retractButton(t('correct.retractRelation'), t('correct.retractRelation.confirm'), () => retractRelation(id));

export const statementRetract = (id: string) => retractButton(t('correct.retractStatement'), t('correct.retractStatement.confirm'), () => retractStatement(id));
