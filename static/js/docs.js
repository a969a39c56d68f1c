// @ts-check
// /api/docs: renders /api/openapi.json as a readable reference, with no third-party viewer.
import { api } from './api.js';
import { byId, h } from './ui.js';

/**
 * The parts of an OpenAPI 3.1 document (JSON Schema 2020-12 inside) this page reads.
 * @typedef {{ $ref?: string, type?: string | string[], enum?: unknown[], const?: unknown,
 *   anyOf?: Schema[], oneOf?: Schema[], allOf?: Schema[], items?: Schema,
 *   properties?: Record<string, Schema>, additionalProperties?: Schema | boolean, required?: string[],
 *   minLength?: number, maxLength?: number, minimum?: number, maximum?: number, minItems?: number,
 *   maxItems?: number, format?: string, pattern?: string, default?: unknown, description?: string }} Schema
 * @typedef {{ schema?: Schema }} Media
 * @typedef {{ $ref?: string, description?: string, content?: Record<string, Media> }} Response
 * @typedef {{ name: string, in: string, required?: boolean, description?: string, schema?: Schema }} Parameter
 * @typedef {{ summary?: string, description?: string, tags?: string[], security?: Record<string, string[]>[],
 *   parameters?: Parameter[], requestBody?: { content?: Record<string, Media> }, responses?: Record<string, Response> }} Operation
 * @typedef {{ info: { summary?: string, description?: string }, tags?: { name: string, description?: string }[],
 *   paths: Record<string, Record<string, Operation>>,
 *   components?: { schemas?: Record<string, Schema>, securitySchemes?: Record<string, { description?: string }> } }} OpenApiDocument
 */

/**
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {(Node|string)[]} [children]
 */
function el(tag, attrs = {}, children = []) {
  return h(tag, attrs, ...children);
}

/** @type {OpenApiDocument} */
let doc;

/**
 * Follows `$ref`s (#/components/...) to what they name; `{}` for nothing.
 * @template {{ $ref?: string }} T
 * @param {T | undefined} node
 * @returns {T}
 */
function resolve(node) {
  /** @type {any} */
  let s = node;
  for (let i = 0; s?.$ref && i < 10; i++)
    s = s.$ref
      .split('/')
      .slice(1)
      .reduce((/** @type {any} */ o, /** @type {string} */ k) => o?.[k], doc);
  return s ?? {};
}

/**
 * @param {Schema | boolean | undefined} schema
 * @returns {string}
 */
function typeOf(schema) {
  if (!schema || schema === true) return 'any';
  if (schema.$ref) return schema.$ref.split('/').pop() ?? 'any';
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  for (const key of /** @type {const} */ (['anyOf', 'oneOf', 'allOf'])) {
    const parts = schema[key];
    if (parts) return parts.map(typeOf).join(key === 'allOf' ? ' & ' : ' | ');
  }
  if (schema.type === 'array') return `${typeOf(schema.items)}[]`;
  if (schema.type === 'object' && schema.additionalProperties && !schema.properties) return `{ [id]: ${typeOf(schema.additionalProperties)} }`;
  return Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
}

/** @param {Schema | undefined} field */
function constraints(field) {
  const s = field ?? {};
  const out = [];
  if (s.minLength !== undefined) out.push(`≥ ${s.minLength} chars`);
  if (s.maxLength !== undefined) out.push(`≤ ${s.maxLength} chars`);
  if (s.minimum !== undefined) out.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined) out.push(`≤ ${s.maximum}`);
  if (s.minItems !== undefined) out.push(`≥ ${s.minItems} items`);
  if (s.maxItems !== undefined) out.push(`≤ ${s.maxItems} items`);
  if (s.format) out.push(s.format);
  if (s.pattern) out.push(`pattern ${s.pattern}`);
  if (s.default !== undefined) out.push(`default ${JSON.stringify(s.default)}`);
  if (s.description) out.push(s.description);
  return out.join(' · ');
}

/**
 * A table of an object schema's fields, nested objects flattened with dotted names.
 * @param {Schema} schema
 */
function schemaTable(schema) {
  /** @type {HTMLElement[]} */
  const rows = [];
  /**
   * @param {Schema} s
   * @param {string} prefix
   * @param {number} depth
   */
  const walk = (s, prefix, depth) => {
    const r = resolve(s);
    const props = r.properties ?? {};
    for (const [name, p] of Object.entries(props)) {
      const field = resolve(p);
      const required = (r.required ?? []).includes(name);
      rows.push(
        el('tr', {}, [
          el('td', { text: prefix + name }),
          el('td', { text: typeOf(p) }),
          el('td', { text: required ? 'yes' : '' }),
          el('td', { text: constraints(field) }),
        ]),
      );
      const values = typeof field.additionalProperties === 'object' ? field.additionalProperties : undefined;
      const inner = field.type === 'array' ? resolve(field.items) : field.type === 'object' && field.additionalProperties ? resolve(values) : field;
      if (depth < 2 && inner.properties && !p.$ref && !field.items?.$ref)
        walk(inner, `${prefix}${name}${field.type === 'array' ? '[]' : field.additionalProperties ? '[id]' : ''}.`, depth + 1);
    }
  };
  walk(schema, '', 0);
  if (!rows.length) return el('p', { class: 'tp-hint', text: typeOf(schema) });
  return el('div', { class: 'tp-table-wrap' }, [
    el('table', { class: 'tp-schema' }, [
      el('thead', {}, [
        el(
          'tr',
          {},
          ['Field', 'Type', 'Required', 'Rules'].map((h) => el('th', { scope: 'col', text: h })),
        ),
      ]),
      el('tbody', {}, rows),
    ]),
  ]);
}

/**
 * @param {string} path
 * @param {string} method
 * @param {Operation} op
 */
function operation(path, method, op) {
  const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
  const body = el('div');
  if (op.description) body.append(el('p', { text: op.description }));
  if (op.security) {
    const scheme = Object.keys(op.security[0] ?? {})[0];
    body.append(
      el('p', {}, [
        el('strong', { text: 'Credential: ' }),
        `authorization: Bearer <${scheme}> — ${doc.components?.securitySchemes?.[scheme]?.description ?? ''}`,
      ]),
    );
  }
  if (op.parameters?.length) {
    body.append(el('h3', { text: 'Parameters' }));
    body.append(
      el('table', { class: 'tp-schema' }, [
        el('thead', {}, [
          el(
            'tr',
            {},
            ['Name', 'In', 'Type', 'Rules'].map((h) => el('th', { scope: 'col', text: h })),
          ),
        ]),
        el(
          'tbody',
          {},
          op.parameters.map((p) =>
            el('tr', {}, [
              el('td', { text: p.name }),
              el('td', { text: p.in }),
              el('td', { text: typeOf(p.schema) }),
              el('td', { text: [p.required ? 'required' : '', p.description ?? '', constraints(p.schema)].filter(Boolean).join(' · ') }),
            ]),
          ),
        ),
      ]),
    );
  }
  const reqSchema = op.requestBody?.content?.['application/json']?.schema;
  if (reqSchema) {
    body.append(el('h3', { text: `Request body (JSON): ${typeOf(reqSchema)}` }), schemaTable(reqSchema));
  }
  body.append(el('h3', { text: 'Responses' }));
  const list = el('ul');
  for (const [status, raw] of Object.entries(op.responses ?? {})) {
    const r = resolve(raw);
    const types = Object.keys(r.content ?? {});
    const schema = r.content?.['application/json']?.schema;
    const item = el('li', {}, [el('strong', { text: status }), ` ${r.description ?? ''}`, types.length ? ` (${types.join(', ')})` : '']);
    if (schema && Number(status) < 300) item.append(schemaTable(schema));
    list.append(item);
  }
  body.append(list);
  const details = el('details', { class: 'tp-op', id }, [
    el('summary', {}, [
      el('span', { class: `tp-method tp-${method}`, text: method.toUpperCase() }),
      el('span', { class: 'tp-path', text: path }),
      el('span', { class: 'tp-hint', text: op.summary ?? '' }),
    ]),
    body,
  ]);
  return { id, details };
}

async function main() {
  try {
    doc = await api('GET', '/api/openapi.json');
  } catch (err) {
    const box = byId('doc-error');
    box.textContent = err instanceof Error ? err.message : String(err);
    box.hidden = false;
    return;
  }
  byId('doc-summary').textContent = doc.info.summary ?? '';
  byId('doc-description').textContent = doc.info.description ?? '';
  const toc = byId('toc');
  const out = byId('doc');
  for (const tag of doc.tags ?? []) {
    const section = el('section', { 'aria-labelledby': `tag-${tag.name}` }, [
      el('h2', { id: `tag-${tag.name}`, text: tag.name[0].toUpperCase() + tag.name.slice(1) }),
      el('p', { class: 'tp-hint', text: tag.description ?? '' }),
    ]);
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!(op.tags ?? []).includes(tag.name)) continue;
        const { id, details } = operation(path, method, op);
        section.append(details);
        toc.append(el('li', {}, [el('a', { href: `#${id}`, text: `${method.toUpperCase()} ${path}` })]));
      }
    }
    out.append(section);
  }
  // Named shapes (a Play, a Question …) appear in the tables above by name only: their fields are here.
  const schemas = Object.entries(doc.components?.schemas ?? {});
  if (schemas.length) {
    const section = el('section', { 'aria-labelledby': 'tag-schemas' }, [el('h2', { id: 'tag-schemas', text: 'Schemas' })]);
    for (const [name, schema] of schemas) {
      const id = `schema-${name}`;
      section.append(
        el('details', { class: 'tp-op', id }, [
          el('summary', {}, [el('span', { class: 'tp-path', text: name }), el('span', { class: 'tp-hint', text: schema.description ?? '' })]),
          schemaTable(schema),
        ]),
      );
      toc.append(el('li', {}, [el('a', { href: `#${id}`, text: name })]));
    }
    out.append(section);
  }
  if (location.hash) document.getElementById(location.hash.slice(1))?.setAttribute('open', '');
}

main();
