// @ts-check
// /new, step 2: the teacher's order of the questions, by drag and drop or, for keyboards and touch
// screens, by "Move up" and "Move down" buttons.
import { h } from './ui.js';

/**
 * The list with `id` moved to index `to` (clamped), the others in their order.
 * @param {string[]} order
 * @param {string} id
 * @param {number} to
 */
export function moved(order, id, to) {
  const rest = order.filter((x) => x !== id);
  if (rest.length === order.length) return order;
  const at = Math.max(0, Math.min(rest.length, to));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/**
 * The move buttons of the item at `i` of `n`; `onMove(delta)` is called with -1 or +1.
 * @param {string} id
 * @param {number} i
 * @param {number} n
 * @param {(delta: number) => void} onMove
 */
export function moveButtons(id, i, n, onMove) {
  const up = h('button', { type: 'button', id: `up-${id}`, class: 'tp-move', 'aria-label': `Move question ${i + 1} up`, disabled: i === 0, text: '↑' });
  const down = h('button', {
    type: 'button',
    id: `down-${id}`,
    class: 'tp-move',
    'aria-label': `Move question ${i + 1} down`,
    disabled: i === n - 1,
    text: '↓',
  });
  up.addEventListener('click', () => onMove(-1));
  down.addEventListener('click', () => onMove(1));
  return h('span', { class: 'tp-move-group' }, up, down);
}

/**
 * Drag and drop over the list's items (`li[data-id][draggable]`): dropping on the upper half of
 * an item puts the dragged one before it, on the lower half after it.
 * @param {HTMLElement} list
 * @param {(id: string, to: number) => void} onDrop `to`: the index among the others
 */
export function setUpDrag(list, onDrop) {
  /** @type {string | null} */
  let dragged = null;
  const items = () => /** @type {HTMLElement[]} */ ([...list.querySelectorAll(':scope > li[data-id]')]);
  const clear = () => {
    for (const li of items()) li.classList.remove('tp-dragging', 'tp-drop-before', 'tp-drop-after');
  };
  /** @param {DragEvent} e */
  const target = (e) => {
    const li = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest?.('li[data-id]'));
    if (!li || li.parentElement !== list) return null;
    const box = li.getBoundingClientRect();
    return { li, after: e.clientY > box.top + box.height / 2 };
  };
  list.addEventListener('dragstart', (e) => {
    const li = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest?.('li[data-id]'));
    if (li?.getAttribute('draggable') !== 'true') return;
    dragged = li.dataset.id ?? null;
    e.dataTransfer?.setData('text/plain', dragged ?? '');
    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
    li.classList.add('tp-dragging');
  });
  list.addEventListener('dragover', (e) => {
    if (!dragged) return;
    const t = target(e);
    if (!t) return;
    e.preventDefault();
    for (const li of items()) li.classList.remove('tp-drop-before', 'tp-drop-after');
    if (t.li.dataset.id !== dragged) t.li.classList.add(t.after ? 'tp-drop-after' : 'tp-drop-before');
  });
  list.addEventListener('drop', (e) => {
    const t = target(e);
    const id = dragged;
    dragged = null;
    clear();
    if (!t || !id || t.li.dataset.id === id) return;
    e.preventDefault();
    const others = items()
      .map((li) => li.dataset.id)
      .filter((x) => x !== id);
    const at = others.indexOf(t.li.dataset.id);
    onDrop(id, t.after ? at + 1 : at);
  });
  list.addEventListener('dragend', () => {
    dragged = null;
    clear();
  });
}
