// IMS QTI 2.1: one assessmentItem file per question, an assessmentTest over them, and the
// imsmanifest.xml that makes the ZIP an IMS content package LMSs import.
import { oneLine, type ExportQuestion, type ExportQuiz } from './types';
import { zipStored, type ZipEntry } from '../../lib/zip';

const NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const SCHEMA = `${NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd`;

/** Text safe in XML 1.0 content and attributes: escaped, and characters XML forbids removed. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const itemId = (q: ExportQuestion) => `Q${q.number}`;
/** Choice ids become NCName identifiers; the original ids may start with a digit. */
const choiceIdent = (i: number) => `C${i + 1}`;

export function qtiItem(q: ExportQuestion): string {
  const answer = q.choices.findIndex((c) => c.id === q.answerId);
  const choices = q.choices.map((c, i) => `      <simpleChoice identifier="${choiceIdent(i)}">${xmlEscape(oneLine(c.text))}</simpleChoice>`).join('\n');
  const feedback = q.explanation
    ? `\n  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="EXPLANATION" showHide="show">${xmlEscape(oneLine(q.explanation))}</modalFeedback>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="${NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${SCHEMA}" identifier="${itemId(q)}" title="${xmlEscape(`Question ${q.number}`)}" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse>
      <value>${choiceIdent(answer)}</value>
    </correctResponse>
  </responseDeclaration>
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">
    <defaultValue>
      <value>0</value>
    </defaultValue>
  </outcomeDeclaration>
  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>
  <itemBody>
    <choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">
      <prompt>${xmlEscape(oneLine(q.prompt))}</prompt>
${choices}
    </choiceInteraction>
  </itemBody>
  <responseProcessing>
    <responseCondition>
      <responseIf>
        <match>
          <variable identifier="RESPONSE"/>
          <correct identifier="RESPONSE"/>
        </match>
        <setOutcomeValue identifier="SCORE">
          <baseValue baseType="float">1</baseValue>
        </setOutcomeValue>
      </responseIf>
    </responseCondition>
    <setOutcomeValue identifier="FEEDBACK">
      <baseValue baseType="identifier">EXPLANATION</baseValue>
    </setOutcomeValue>
  </responseProcessing>${feedback}
</assessmentItem>
`;
}

export function qtiTest(quiz: ExportQuiz): string {
  const refs = quiz.questions.map((q) => `        <assessmentItemRef identifier="${itemId(q)}" href="items/${itemId(q)}.xml"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentTest xmlns="${NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${SCHEMA}" identifier="T${xmlEscape(quiz.code)}" title="${xmlEscape(oneLine(quiz.title))}">
  <testPart identifier="P1" navigationMode="linear" submissionMode="individual">
    <assessmentSection identifier="S1" title="${xmlEscape(oneLine(quiz.title))}" visible="true">
${refs}
    </assessmentSection>
  </testPart>
</assessmentTest>
`;
}

export function qtiManifest(quiz: ExportQuiz): string {
  const items = quiz.questions
    .map(
      (q) => `    <resource identifier="R${itemId(q)}" type="imsqti_item_xmlv2p1" href="items/${itemId(q)}.xml">
      <file href="items/${itemId(q)}.xml"/>
    </resource>`,
    )
    .join('\n');
  const deps = quiz.questions.map((q) => `      <dependency identifierref="R${itemId(q)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="M${xmlEscape(quiz.code)}">
  <metadata>
    <schema>QTIv2.1 Package</schema>
    <schemaversion>1.0.0</schemaversion>
  </metadata>
  <organizations/>
  <resources>
    <resource identifier="RTEST" type="imsqti_test_xmlv2p1" href="test.xml">
      <file href="test.xml"/>
${deps}
    </resource>
${items}
  </resources>
</manifest>
`;
}

/** The package's files, manifest first. */
export function qtiFiles(quiz: ExportQuiz): ZipEntry[] {
  return [
    { path: 'imsmanifest.xml', content: qtiManifest(quiz) },
    { path: 'test.xml', content: qtiTest(quiz) },
    ...quiz.questions.map((q) => ({ path: `items/${itemId(q)}.xml`, content: qtiItem(q) })),
  ];
}

export function toQtiPackage(quiz: ExportQuiz): Uint8Array {
  return zipStored(qtiFiles(quiz));
}
