import { parse as parseGift } from 'gift-pegjs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { csvCell, exportQuiz, toCsv, type ExportQuiz } from '../../src/domain/exports';
import { unzipStored } from '../../src/lib/zip';
import { parseCsv } from '../csv';

/** Questions full of the characters each format gives a meaning to. */
const QUIZ: ExportQuiz = {
  code: 'K7M2PX',
  title: 'River treaty: week 12 / review',
  questions: [
    {
      number: 1,
      kind: 'quote',
      prompt: 'Who said the agreement was "a turning point {for} the region"?',
      choices: [
        { id: 'a', text: 'Claire Dubois' },
        { id: 'b', text: 'Rafael Ortega' },
        { id: 'c', text: 'A = B ~ C # D' },
        { id: 'd', text: 'back\\slash: and \\n too' },
      ],
      answerId: 'a',
      explanation: 'Dubois said: "a turning point {for} the region" #1 ~ = :)',
      sourceText: 'Dubois said the agreement was "a turning point for the whole region".',
    },
    {
      number: 2,
      kind: 'number',
      prompt: 'How many kilometres\nof waterways & <rivers> does the treaty cover?',
      choices: [
        { id: 'x1', text: '=1,200' },
        { id: 'x2', text: '+400' },
        { id: 'x3', text: '-12' },
        { id: 'x4', text: '@SUM(A1)' },
      ],
      answerId: 'x1',
      explanation: "The treaty covers 1,200 kilometres of shared waterways; it's < 2,000.",
      sourceText: 'The treaty covers 1,200 kilometres of shared waterways.',
    },
    {
      number: 3,
      kind: 'true_false',
      prompt: 'True or false: officials from the United Nations will monitor the first phase.',
      choices: [
        { id: 'f', text: 'False' },
        { id: 't', text: 'True' },
      ],
      answerId: 't',
      explanation: 'Officials from the United Nations will monitor the first phase of the work.',
      sourceText: 'Officials from the United Nations will monitor the first phase of the work.',
    },
  ],
};

const text = (body: string | Uint8Array) => (typeof body === 'string' ? body : new TextDecoder().decode(body));
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('GIFT export', () => {
  const gift = text(exportQuiz(QUIZ, 'gift').body);
  const parsed = parseGift(gift) as any[];
  const questions = parsed.filter((q) => q.type === 'MC');

  it('parses back with a GIFT parser into one multiple-choice question per quiz question', () => {
    expect(parsed[0]).toMatchObject({ type: 'Category', title: 'River treaty: week 12 - review' });
    expect(questions).toHaveLength(QUIZ.questions.length);
  });

  it('keeps every prompt, choice, answer and explanation, escapes included', () => {
    QUIZ.questions.forEach((q, i) => {
      const g = questions[i];
      expect(g.title).toBe(`K7M2PX Q${q.number}`);
      expect(g.stem.text).toBe(flat(q.prompt));
      expect(g.choices.map((c: any) => c.text.text)).toEqual(q.choices.map((c) => c.text));
      expect(g.choices.map((c: any) => c.isCorrect)).toEqual(q.choices.map((c) => c.id === q.answerId));
      expect(g.globalFeedback.text).toBe(q.explanation);
    });
  });
});

describe('Aiken export', () => {
  const aiken = text(exportQuiz(QUIZ, 'aiken').body);

  it('has a prompt, lettered choices and the right answer letter per question', () => {
    const blocks = aiken.trim().split(/\n\n/);
    expect(blocks).toHaveLength(QUIZ.questions.length);
    blocks.forEach((block, i) => {
      const q = QUIZ.questions[i];
      const lines = block.split('\n');
      expect(lines[0]).toBe(flat(q.prompt));
      expect(lines.slice(1, -1)).toEqual(q.choices.map((c, j) => `${'ABCDEF'[j]}. ${c.text}`));
      const letter = /^ANSWER: ([A-F])$/.exec(lines.at(-1)!)![1];
      expect(q.choices['ABCDEF'.indexOf(letter)].id).toBe(q.answerId);
    });
  });
});

describe('CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
  });

  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['é', '東'],
    ]);
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      ['a', 'b'],
      ['é', '東'],
    ]);
  });

  it('exports the questions with choices, answer letter and source', () => {
    const rows = parseCsv(text(exportQuiz(QUIZ, 'csv').body).slice(1));
    expect(rows[0]).toEqual([
      'number',
      'kind',
      'prompt',
      'choice_a',
      'choice_b',
      'choice_c',
      'choice_d',
      'choice_e',
      'choice_f',
      'answer',
      'answer_text',
      'explanation',
      'source',
    ]);
    expect(rows).toHaveLength(QUIZ.questions.length + 1);
    expect(rows[2].slice(3, 7)).toEqual(["'=1,200", "'+400", "'-12", "'@SUM(A1)"]);
    expect(rows[2][9]).toBe('A');
    expect(rows[3][9]).toBe('B');
    expect(rows[1][2]).toBe(QUIZ.questions[0].prompt);
  });
});

describe('QTI 2.1 export', () => {
  const file = exportQuiz(QUIZ, 'qti');
  const files = unzipStored(file.body as Uint8Array);
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', parseTagValue: false });

  it('is a ZIP content package with a manifest, a test and one item per question', () => {
    expect(file.contentType).toBe('application/zip');
    expect(files.map((f) => f.path)).toEqual(['imsmanifest.xml', 'test.xml', 'items/Q1.xml', 'items/Q2.xml', 'items/Q3.xml']);
    for (const f of files) expect(XMLValidator.validate(text(f.content)), f.path).toBe(true);
    const manifest = xml.parse(text(files[0].content));
    expect(manifest.manifest.resources.resource.filter((r: any) => r['@type'] === 'imsqti_item_xmlv2p1')).toHaveLength(3);
    const test = xml.parse(text(files[1].content));
    expect(test.assessmentTest.testPart.assessmentSection.assessmentItemRef).toHaveLength(3);
  });

  it('keeps prompts, choices and the correct response through XML escaping', () => {
    QUIZ.questions.forEach((q, i) => {
      const item = xml.parse(text(files[i + 2].content)).assessmentItem;
      expect(item['@xmlns']).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1');
      const interaction = item.itemBody.choiceInteraction;
      const decode = (s: string) =>
        s
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .replace(/&amp;/g, '&');
      expect(decode(interaction.prompt)).toBe(flat(q.prompt));
      const choices = [interaction.simpleChoice].flat();
      expect(choices.map((c: any) => decode(c['#text']))).toEqual(q.choices.map((c) => c.text));
      const correct = item.responseDeclaration.correctResponse.value;
      const index = choices.findIndex((c: any) => c['@identifier'] === correct);
      expect(q.choices[index].id).toBe(q.answerId);
    });
  });
});
