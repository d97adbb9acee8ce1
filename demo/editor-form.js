// A form generated from the content model's JSON Schema (dist/guide.schema.json, itself generated
// from src/data/guide-model.ts), so a field added to the model appears here without a change.
// The form edits a plain object in place; it never validates (the page runs the package's validator).
import { formatPath } from '../dist/lib/validate-guide.js';

/** Names for the model's keys that read better than the key itself; other keys are turned into words. */
const LABELS = {
  locale: 'Language tag',
  dir: 'Writing direction',
  lastReviewed: 'Last reviewed (YYYY-MM-DD)',
  intro: 'Introduction',
  about: 'About the tourist card',
  notice: 'Official-sources notice',
  before: 'Before you start (checklist)',
  methods: 'Ways to cancel',
  after: 'After cancelling (checklist)',
  closing: 'Closing',
  ui: 'Interface texts',
  href: 'Link address (URL)',
  official: 'Government site: may be shown as official',
  answer: 'The answer (shown first)',
  warning: 'Warning (where passport data may go)',
  cases: 'What to do in your case',
  articleHeading: 'Heading of the source article part',
  glance: 'Opening sentence of the source article part',
  needs: 'What it needs (no longer shown; kept for older files)',
  status: 'Status (unconfirmed or official)',
  bring: 'What to bring',
  id: 'Id (the same in every language)',
  email: 'Email details',
  address: 'Email address',
};

/** What one entry of a list is called, by the list's key (and its parent's). */
const NOUNS = {
  steps: 'step',
  links: 'link',
  paragraphs: 'paragraph',
  intro: 'paragraph',
  about: 'paragraph',
  closing: 'paragraph',
  bring: 'thing to bring',
  points: 'point',
};

const words = (key) => {
  const text = String(key)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
};
const labelFor = (key) => (Object.hasOwn(LABELS, key) ? LABELS[key] : words(key));
/** The label of the property at `keys`: a list of "items" is named by what it holds (methods, items to tick). */
const labelAt = (keys) =>
  keys.at(-1) === 'items' ? (keys.at(-2) === 'methods' ? 'Methods' : 'Items to tick') : labelFor(keys.at(-1));
const nounFor = (keys) => {
  const key = keys.at(-1);
  if (key === 'items') return keys.at(-2) === 'methods' ? 'method' : 'item';
  return Object.hasOwn(NOUNS, key) ? NOUNS[key] : 'entry';
};
const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** The element id of the field at `keys` (unique in the page). */
export const fieldId = (keys) => `field${keys.map((key) => `_${String(key).replace(/[^A-Za-z0-9-]/g, '-')}`).join('')}`;

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The property every option of a `oneOf` fixes with `const` (the model's `kind`). */
const discriminator = (schema) =>
  Object.keys(schema.oneOf[0].properties).find((key) =>
    schema.oneOf.every((option) => option.properties[key]?.const !== undefined),
  );

/** A new value for `schema`: required entries only, empty texts (the validator then asks for them). */
export function defaultFor(schema) {
  if (schema.oneOf) return defaultFor(schema.oneOf[0]);
  if (schema.const !== undefined) return schema.const;
  switch (schema.type) {
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((key) => [key, defaultFor(schema.properties[key])]));
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => defaultFor(schema.items));
    case 'boolean':
      return false;
    default:
      return schema.enum ? schema.enum[0] : '';
  }
}

/** Whether `value` has the JSON type `schema` wants (the form can then show it). */
function fits(schema, value) {
  if (schema.oneOf || schema.type === 'object') return isObject(value);
  if (schema.type === 'array') return Array.isArray(value);
  return typeof value === schema.type;
}

/** Long texts get a text area; ids, URLs, dates and tags a one-line field. */
const isProse = (schema) =>
  schema.type === 'string' && !schema.enum && (schema.maxLength ?? 0) >= 1000 && schema.pattern === '\\S';

function element(tag, properties = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(properties)) {
    if (value === undefined || value === false) continue;
    if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name in node && !name.includes('-')) node[name] = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.filter((child) => child !== undefined && child !== null));
  return node;
}

const button = (text, properties, onClick) => {
  const node = element('button', { type: 'button', ...properties }, text);
  node.addEventListener('click', onClick);
  return node;
};

/**
 * The form. `onChange()` runs after every edit; `announce(text)` for changes a screen reader
 * would otherwise not notice (an entry removed or moved).
 */
export class GuideForm {
  #container;
  #schema;
  #value;
  #onChange;
  #announce;
  /** Paths of the sections and methods the editor has opened, kept across re-renders. */
  #open = new Set(['general']);

  constructor(container, schema, { onChange, announce }) {
    this.#container = container;
    this.#schema = schema;
    this.#onChange = onChange;
    this.#announce = announce;
  }

  /** Shows `value` (edited in place from now on). */
  setValue(value) {
    this.#value = value;
    this.#render();
  }

  /**
   * Moves focus to the field at `keys`, or to its nearest parent the form shows (the object that
   * lacks a missing key), opening the sections around it. False if nothing matched.
   */
  focusPath(keys) {
    for (let length = keys.length; length >= 0; length--) {
      const target = document.getElementById(fieldId(keys.slice(0, length)));
      if (!target || !this.#container.contains(target)) continue;
      for (let details = target.closest('details'); details; details = details.parentElement?.closest('details')) {
        details.open = true;
      }
      // A group: its first field, else its first button (an empty list's "Add").
      const focusable = target.matches('input, textarea, select, button')
        ? target
        : (target.querySelector('input, textarea, select') ?? target.querySelector('button:not([disabled])'));
      (focusable ?? target).focus();
      (focusable ?? target).scrollIntoView({ block: 'center' });
      return true;
    }
    return false;
  }

  #render(focusKeys, focusSuffix = '') {
    this.#container.replaceChildren(this.#root());
    if (focusKeys) {
      // After a move, the same button on the moved entry; at the end of the list, the other direction's.
      const other = { '-up': '-down', '-down': '-up' }[focusSuffix];
      const exact = [focusSuffix, other]
        .filter(Boolean)
        .map((suffix) => document.getElementById(`${fieldId(focusKeys)}${suffix}`))
        .find((candidate) => candidate && !candidate.disabled);
      if (exact) {
        exact.focus();
      } else {
        this.focusPath(focusKeys);
      }
    }
  }

  /** A change of shape (an entry added, removed or moved): re-render, then focus what the editor expects. */
  #reshape(change, focusKeys, focusSuffix, announcement) {
    change();
    this.#render(focusKeys, focusSuffix);
    if (announcement) this.#announce(announcement);
    this.#onChange();
  }

  #get(keys) {
    return keys.reduce((node, key) => node?.[key], this.#value);
  }

  #set(keys, value) {
    const parent = this.#get(keys.slice(0, -1));
    const key = keys.at(-1);
    if (value === undefined) Reflect.deleteProperty(parent, key);
    else parent[key] = value;
    this.#onChange();
  }

  /** The top level: scalar settings together, then one section per object or list. */
  #root() {
    const fragment = document.createDocumentFragment();
    const value = this.#value;
    if (!isObject(value)) {
      fragment.append(this.#mismatch(this.#schema, value, [], 'The guide'));
      return fragment;
    }
    const { properties, required = [] } = this.#schema;
    const general = this.#section('general', 'General', []);
    fragment.append(general);
    for (const [key, schema] of Object.entries(properties)) {
      if (key === '$schema') continue; // for code editors; kept as it is
      const keys = [key];
      if (schema.type === 'object' || schema.type === 'array') {
        const section = this.#section(key, labelFor(key), keys);
        section.append(this.#entry(schema, value, keys, required.includes(key)));
        fragment.append(section);
      } else {
        general.append(this.#entry(schema, value, keys, required.includes(key)));
      }
    }
    fragment.append(...this.#unexpected(this.#schema, value, []));
    return fragment;
  }

  #section(name, title, keys) {
    const details = element('details', {
      className: 'section',
      id: keys.length ? `${fieldId(keys)}-section` : `section-${name}`,
      open: this.#open.has(name),
    });
    details.addEventListener('toggle', () => (details.open ? this.#open.add(name) : this.#open.delete(name)));
    details.append(element('summary', {}, title));
    return details;
  }

  /** One property of an object: its field, or "Add …" for an object or list that is not there. */
  #entry(schema, parent, keys, required) {
    const key = keys.at(-1);
    if (!Object.hasOwn(parent, key) && (schema.type === 'object' || schema.type === 'array' || schema.oneOf)) {
      return element(
        'p',
        { className: 'add-optional' },
        button(`Add ${labelAt(keys).toLowerCase()}`, { id: fieldId(keys) }, () =>
          this.#reshape(() => (parent[key] = defaultFor(schema)), keys, '', undefined),
        ),
        required ? element('span', { className: 'hint' }, ' (required)') : undefined,
      );
    }
    return this.#field(schema, parent[key], keys, labelAt(keys), { optional: !required });
  }

  #field(schema, value, keys, label, { optional = false, actions } = {}) {
    if (value !== undefined && !fits(schema, value)) return this.#mismatch(schema, value, keys, label, actions);
    if (schema.oneOf) return this.#variant(schema, value, keys, label, actions);
    switch (schema.type) {
      case 'object':
        return this.#object(schema, value, keys, label, { optional, actions });
      case 'array':
        return this.#array(schema, value, keys, label);
      case 'boolean':
        return this.#checkbox(schema, value, keys, label, optional);
      default:
        return this.#text(schema, value, keys, label, { optional, actions });
    }
  }

  #hint(schema, keys) {
    // An entry of a list is described once, by the list.
    return schema.description && typeof keys.at(-1) !== 'number'
      ? element('p', { className: 'hint', id: `${fieldId(keys)}-hint` }, schema.description)
      : undefined;
  }

  #text(schema, value, keys, label, { optional, actions }) {
    const id = fieldId(keys);
    const hint = this.#hint(schema, keys);
    const common = { id, 'aria-describedby': hint ? hint.id : undefined, dataset: { path: formatPath(keys) } };
    let control;
    if (schema.enum) {
      control = element(
        'select',
        common,
        ...schema.enum.map((option) => element('option', { value: option, selected: option === value }, option)),
      );
    } else if (isProse(schema)) {
      const text = value ?? '';
      const rows = Math.min(
        10,
        text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 70)), 0),
      );
      control = element('textarea', { ...common, rows: Math.max(1, rows), dir: 'auto', lang: this.#value.locale });
      control.value = text;
    } else {
      control = element('input', { ...common, type: 'text', spellcheck: false, autocomplete: 'off', dir: 'auto' });
      control.value = value ?? '';
      if (keys.at(-1) === 'href') control.inputMode = 'url';
      if (keys.at(-1) === 'address') control.inputMode = 'email';
    }
    control.addEventListener(schema.enum ? 'change' : 'input', () =>
      this.#set(keys, optional && control.value === '' ? undefined : control.value),
    );
    const labelText = optional ? `${label} (optional)` : label;
    return element(
      'div',
      { className: `field${actions ? ' with-actions' : ''}` },
      element('label', { htmlFor: id }, labelText),
      hint,
      control,
      actions,
    );
  }

  #checkbox(schema, value, keys, label, optional) {
    const id = fieldId(keys);
    const hint = this.#hint(schema, keys);
    const control = element('input', {
      type: 'checkbox',
      id,
      checked: value === true,
      'aria-describedby': hint?.id,
      dataset: { path: formatPath(keys) },
    });
    control.addEventListener('change', () => this.#set(keys, control.checked ? true : optional ? undefined : false));
    return element('div', { className: 'field checkbox' }, control, element('label', { htmlFor: id }, label), hint);
  }

  #object(schema, value, keys, label, { optional, actions }) {
    const group = element('fieldset', { className: 'group', id: fieldId(keys), dataset: { path: formatPath(keys) } });
    const legend = element('legend', {}, label);
    group.append(legend, this.#hint(schema, keys) ?? '');
    if (actions) group.append(actions);
    else if (optional) {
      group.append(
        element(
          'p',
          { className: 'actions' },
          button(`Remove ${label.toLowerCase()}`, { id: `${fieldId(keys)}-remove` }, () =>
            this.#reshape(() => this.#set(keys, undefined), keys, '', `${label} removed.`),
          ),
        ),
      );
    }
    const object = value; // present: a missing object is offered as "Add …" instead (see #entry)
    for (const [key, entry] of Object.entries(schema.properties)) {
      group.append(this.#entry(entry, object, [...keys, key], schema.required?.includes(key) ?? false));
    }
    group.append(...this.#unexpected(schema, object, keys));
    return group;
  }

  /** Keys the model does not have: named, with a button to remove each. */
  #unexpected(schema, object, keys) {
    return Object.keys(object)
      .filter((key) => !Object.hasOwn(schema.properties, key))
      .map((key) =>
        element(
          'p',
          { className: 'unexpected' },
          `"${key}" is not part of the content model. `,
          button(`Remove "${key}"`, { id: fieldId([...keys, key]) }, () =>
            this.#reshape(() => Reflect.deleteProperty(object, key), keys, '', `"${key}" removed.`),
          ),
        ),
      );
  }

  /** A method: its kind chooses which fields it has (the site, the email, or what to bring). */
  #variant(schema, value, keys, label, actions) {
    const tag = discriminator(schema);
    const option = schema.oneOf.find((candidate) => candidate.properties[tag].const === value?.[tag]);
    const title = option ? `${label} (${value[tag]})` : label;
    const details = this.#section(formatPath(keys), title, keys);
    const group = element(
      'fieldset',
      { className: 'group', id: fieldId(keys), dataset: { path: formatPath(keys) } },
      element('legend', { className: 'visually-hidden' }, title),
    );
    details.append(group);
    if (actions) group.append(actions);

    const kindKeys = [...keys, tag];
    const select = element(
      'select',
      { id: fieldId(kindKeys), dataset: { path: formatPath(kindKeys) } },
      option ? undefined : element('option', { value: '', selected: true }, 'Choose a kind'),
      ...schema.oneOf.map((candidate) => {
        const kind = candidate.properties[tag].const;
        return element('option', { value: kind, selected: kind === value?.[tag] }, kind);
      }),
    );
    select.addEventListener('change', () => {
      const next = schema.oneOf.find((candidate) => candidate.properties[tag].const === select.value);
      this.#reshape(
        () => {
          const target = this.#get(keys);
          target[tag] = select.value;
          // Details of the previous kind go; the new kind's required details start empty.
          for (const key of Object.keys(target))
            if (!Object.hasOwn(next.properties, key)) Reflect.deleteProperty(target, key);
          for (const key of next.required ?? [])
            if (!Object.hasOwn(target, key)) target[key] = defaultFor(next.properties[key]);
        },
        kindKeys,
        '',
        `Kind changed to ${select.value}.`,
      );
    });
    group.append(
      element('div', { className: 'field' }, element('label', { htmlFor: select.id }, labelFor(tag)), select),
    );
    if (option) {
      for (const [key, entry] of Object.entries(option.properties)) {
        if (key !== tag)
          group.append(this.#entry(entry, value, [...keys, key], option.required?.includes(key) ?? false));
      }
      group.append(...this.#unexpected(option, value, keys));
    } else {
      group.append(element('p', { className: 'hint' }, 'Choose a kind to see its fields.'));
    }
    return details;
  }

  #array(schema, value, keys, label) {
    const list = value; // present: see #entry
    const noun = nounFor(keys);
    const group = element(
      'fieldset',
      { className: 'group list', id: fieldId(keys), dataset: { path: formatPath(keys) } },
      element('legend', {}, label),
    );
    const hint = this.#hint(schema, keys);
    if (hint) group.append(hint);
    const items = element('ol', { className: 'items' });
    list.forEach((item, index) => {
      const itemKeys = [...keys, index];
      const name = `${capitalized(noun)} ${index + 1}`;
      const id = isObject(item) && typeof item.id === 'string' && item.id ? ` (${item.id})` : '';
      items.append(
        element(
          'li',
          {},
          this.#field(schema.items, item, itemKeys, `${name}${schema.items.oneOf ? '' : id}`, {
            actions: this.#itemActions(schema, list, keys, index, `${noun} ${index + 1}`),
          }),
        ),
      );
    });
    group.append(items);
    group.append(
      element(
        'p',
        { className: 'actions' },
        button(`Add ${noun}`, { id: `${fieldId(keys)}-add` }, () =>
          this.#reshape(
            () => list.push(defaultFor(schema.items)),
            [...keys, list.length],
            '',
            `${capitalized(noun)} ${list.length + 1} added.`,
          ),
        ),
      ),
    );
    return group;
  }

  /** Up, Down and Remove for one entry of a list; each names the entry for screen readers. */
  #itemActions(schema, list, keys, index, name) {
    const itemId = fieldId([...keys, index]);
    const move = (to) => () =>
      this.#reshape(
        () => list.splice(to, 0, ...list.splice(index, 1)),
        [...keys, to],
        to < index ? '-up' : '-down',
        `${capitalized(name)} moved to position ${to + 1}.`,
      );
    return element(
      'span',
      { className: 'item-actions' },
      button('Up', { id: `${itemId}-up`, disabled: index === 0, 'aria-label': `Move ${name} up` }, move(index - 1)),
      button(
        'Down',
        { id: `${itemId}-down`, disabled: index === list.length - 1, 'aria-label': `Move ${name} down` },
        move(index + 1),
      ),
      button(
        'Remove',
        { id: `${itemId}-remove`, disabled: list.length <= (schema.minItems ?? 0), 'aria-label': `Remove ${name}` },
        () =>
          this.#reshape(
            () => list.splice(index, 1),
            list.length > 1 ? [...keys, Math.min(index, list.length - 2)] : keys,
            '',
            `${capitalized(name)} removed.`,
          ),
      ),
    );
  }

  /**
   * A value of the wrong type, e.g. a step written as plain text (the 0.1 shape): convert text into
   * the object the model wants when that object holds one required text, replace it, or fix it as JSON.
   */
  #mismatch(schema, value, keys, label, actions) {
    const expected =
      schema.oneOf || schema.type === 'object'
        ? 'an object'
        : schema.type === 'array'
          ? 'a list'
          : schema.type === 'boolean'
            ? 'true or false'
            : 'text';
    const found = Array.isArray(value)
      ? 'a list'
      : value === null
        ? 'null'
        : typeof value === 'object'
          ? 'an object'
          : typeof value === 'string'
            ? 'plain text'
            : String(value);
    const [only, ...others] = schema.type === 'object' ? (schema.required ?? []) : [];
    const convertible =
      typeof value === 'string' &&
      only !== undefined &&
      others.length === 0 &&
      schema.properties[only].type === 'string';
    const name = label.toLowerCase();
    return element(
      'div',
      { className: 'mismatch' },
      element(
        'p',
        {},
        element('strong', {}, label),
        ` is ${found} here; the content model wants ${expected}.${keys.length === 0 ? ' Edit it as JSON.' : ''}`,
      ),
      typeof value === 'string'
        ? element('p', { className: 'found', dir: 'auto' }, value.length > 200 ? `${value.slice(0, 200)}…` : value)
        : undefined,
      keys.length === 0
        ? undefined // the page opens a file that is not an object in the JSON view only
        : element(
            'p',
            { className: 'actions' },
            convertible
              ? button(
                  'Convert, keeping the text',
                  { id: fieldId(keys), 'aria-label': `Convert ${name}, keeping the text` },
                  () => this.#reshape(() => this.#set(keys, { [only]: value }), keys, '', `${label} converted.`),
                )
              : undefined,
            button(
              'Replace with an empty one',
              {
                id: convertible ? `${fieldId(keys)}-replace` : fieldId(keys),
                'aria-label': `Replace ${name} with an empty one`,
              },
              () => this.#reshape(() => this.#set(keys, defaultFor(schema)), keys, '', undefined),
            ),
          ),
      actions,
    );
  }
}
