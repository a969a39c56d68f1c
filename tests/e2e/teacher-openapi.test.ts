// Runs in Node (not workerd): the validator compiles JSON schemas to code, which workerd forbids.
import { Validator } from '@seriousme/openapi-schema-validator';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../src/openapi';

describe('the OpenAPI document', () => {
  const doc = buildOpenApi('/');

  it('is what the Worker serves: static/openapi.json matches the schemas (run npm run build:openapi)', () => {
    const served = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../static/openapi.json'), 'utf8'));
    expect(served).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('is valid OpenAPI 3.1 for an independent validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes request bodies with the schemas that validate them', () => {
    const quiz = doc.components.schemas.CreateQuizBody as any;
    expect(quiz.properties.questionCount).toMatchObject({ type: 'integer', minimum: 1, maximum: 50 });
    expect(quiz.properties.mode).toMatchObject({ enum: ['practice', 'assessed'] });
    expect(quiz.properties.edits.additionalProperties.properties.choices).toMatchObject({ minItems: 2, maxItems: 6 });
    expect(quiz.required).toEqual(['briefingIds']);
  });

  it('lists every route of the contract', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/briefings',
        '/api/briefings/{id}',
        '/api/briefings/{id}/questions',
        '/api/briefings/{id}/leaderboard',
        '/api/quizzes',
        '/api/quizzes/{code}',
        '/api/quizzes/{code}/leaderboard',
        '/api/quizzes/{code}/briefings',
        '/api/quizzes/{code}/qr.svg',
        '/api/quizzes/{code}/results',
        '/api/quizzes/{code}/results.csv',
        '/api/quizzes/{code}/export',
        '/api/quizzes/{code}/plays',
        '/api/plays/{id}',
        '/api/admin/briefings',
        '/api/admin/briefings/{id}',
        '/api/admin/quizzes/{code}',
        '/api/admin/quizzes/{code}/plays',
        '/api/admin/plays/{id}',
        '/api/plays/{id}/answers',
      ].sort(),
    );
  });
});
