// Interchange formats of a quiz's questions, for import into a learning management system.
import { toAiken } from './aiken';
import { questionsCsv } from './csv';
import { toGift } from './gift';
import { toQtiPackage } from './qti';
import type { ExportQuiz } from './types';

export type { ExportQuiz } from './types';
export { csvCell, toCsv } from './csv';

export const EXPORT_FORMATS = ['gift', 'aiken', 'csv', 'qti'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  contentType: string;
  extension: string;
  body: string | Uint8Array;
}

export function exportQuiz(quiz: ExportQuiz, format: ExportFormat): ExportFile {
  switch (format) {
    case 'gift':
      return { contentType: 'text/plain; charset=utf-8', extension: 'gift.txt', body: toGift(quiz) };
    case 'aiken':
      return { contentType: 'text/plain; charset=utf-8', extension: 'aiken.txt', body: toAiken(quiz) };
    case 'csv':
      return { contentType: 'text/csv; charset=utf-8', extension: 'csv', body: questionsCsv(quiz) };
    case 'qti':
      return { contentType: 'application/zip', extension: 'qti.zip', body: toQtiPackage(quiz) };
  }
}
