// Runs in Node (not workerd): the validator compiles JSON schemas to code, which workerd forbids.
import { Validator } from '@seriousme/openapi-schema-validator';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApi, withReadmeRoutes } from '../../src/openapi';
import { contract } from '../../src/routes/contract';

const root = path.join(import.meta.dirname, '../..');
type Doc = Awaited<ReturnType<typeof buildOpenApi>>;

describe('the OpenAPI document', () => {
  let doc: Doc;
  let paths: Record<string, any>;
  beforeAll(async () => {
    doc = await buildOpenApi('/');
    paths = doc.paths as Record<string, any>;
  });
  const body = (p: string, method: string) => paths[p][method].requestBody.content['application/json'].schema;
  const ok = (p: string, method: string, status = '200') => paths[p][method].responses[status].content['application/json'].schema;

  it('is what the Worker serves: static/openapi.json matches the contract (run npm run build:openapi)', () => {
    const served = JSON.parse(readFileSync(path.join(root, 'static/openapi.json'), 'utf8'));
    expect(served).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it("is the source of the README's route table (run npm run build:openapi)", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toBe(withReadmeRoutes(readme));
  });

  it('is valid OpenAPI 3.1 for an independent validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes request bodies with the schemas that validate them', () => {
    const quiz = body('/api/quizzes', 'post');
    expect(quiz.properties.questionCount).toMatchObject({ type: 'integer', minimum: 1, maximum: 50 });
    expect(quiz.properties.mode).toMatchObject({ enum: ['practice', 'assessed'] });
    expect(quiz.properties.edits.additionalProperties.properties.choices).toMatchObject({ minItems: 2, maxItems: 6 });
    expect(quiz.required).toEqual(['briefingIds']);
  });

  it('shows the extensions beyond the base contract', () => {
    const answer = body('/api/plays/{id}/answers', 'post');
    expect(answer.properties.serveNext).toMatchObject({ type: 'boolean', default: true, description: expect.stringContaining('clock') });
    expect(answer.properties.choiceId.anyOf).toContainEqual({ type: 'null' });
    expect(answer.required).toEqual(['questionId', 'choiceId']);
    const graded = ok('/api/plays/{id}/answers', 'post');
    for (const field of ['hasNext', 'elapsedMs', 'serverTime', 'next', 'correctChoiceId']) expect(graded.required).toContain(field);
    expect(ok('/api/quizzes/{code}/plays', 'post', '201').required).toContain('serverTime');
    const resume = paths['/api/plays/{id}'].get;
    expect(resume.parameters).toContainEqual(expect.objectContaining({ in: 'query', name: 'review' }));
    expect(ok('/api/plays/{id}', 'get').properties).toHaveProperty('review');
    expect(ok('/api/plays/{id}', 'get').required).not.toContain('review');
    expect(ok('/api/briefings/{id}/questions', 'get').required).toContain('kinds');
    expect(body('/api/quizzes', 'post').properties).toHaveProperty('questionIds');
  });

  it('lists every route of the contract, each with its error responses', () => {
    const listed = Object.entries(paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m} ${p}`));
    const declared = Object.values(contract).map((d) => `${d.method} ${d.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(listed.sort()).toEqual(declared.sort());
    expect(paths['/api/quizzes/{code}/results'].get.responses).toMatchObject({ 401: {}, 403: {}, 404: {}, 429: {} });
  });
});
