import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderDocx } from '../../src-main/docx/write-docx.ts';
import { foundFormToReport } from '../../src-main/import/found-form-to-report.ts';
import { readDocxForm } from '../../src-main/docx/read-docx.ts';
import { randomIds } from '../../src-main/report/ids.ts';
import type { Report } from '../../src-main/report/model.ts';
import { roundTripView } from '../support/canonical.ts';
import { convertWithLibreOffice, readDocxParts } from '../support/docx-check.ts';
import { randomReport } from '../support/random-reports.ts';
import { largeReport, sampleReport, swedishText } from '../support/reports.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { INTRODUCTION_2022, buildDocx, controlBlock, controlParagraph, documentXml, paragraph } from '../support/word-forms.ts';

const EXAMPLE = join(import.meta.dirname, '../fixtures/exempel-idrottsnamnden-2022.docx');

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
beforeAll(async () => {
  folder = await makeTempFolder('rapport-import-');
});
afterAll(async () => {
  await folder.remove();
});

async function roundTrip(report: Report): Promise<Report> {
  const found = readDocxForm(await renderDocx(report));
  return foundFormToReport(found, report, new Date(), randomIds);
}

function richReport(): Report {
  const report = sampleReport();
  report.header = { committee: 'Kulturnämnden: kulturförvaltningen', contactPerson: 'Moa Almerud', phone: '', email: 'moa.almerud@stockholm.se' };
  report.focusAreas = [
    {
      number: 1,
      questions: [
        {
          id: 'a',
          identity: 'kultur-1-1',
          text: 'Beskriv arbetet under 2022.',
          answer:
            'Första stycket.\nMed radbrytning.\n\nLista:\n- ett\n- två\n\n1. Stimulera tillväxt och företagsamhet (skrivet i svaret)\nÖvriga upplysningar',
        },
        { id: 'b', identity: 'kultur-1-2', text: 'En fråga\npå två rader', answer: '' },
        { id: 'c', text: '', answer: 'Svar på en fråga utan text.\tMed tabb.' },
      ],
    },
    { number: 4, questions: [{ id: 'd', identity: 'kultur-4-1', text: 'Kompetensförsörjning?', answer: 'Klicka här för att ange text.' }] },
  ];
  report.otherInformation = 'Inget mer.\n\n\n\nUtom detta.';
  return report;
}

describe('import of a filled-in Word form', () => {
  test('the example from the city (content controls) comes in with every field in place and the empty answer empty', async () => {
    const found = readDocxForm(await readFile(EXAMPLE));
    expect(found.header).toEqual({
      committee: 'Idrottsnämnden: idrottsförvaltningen',
      contactPerson: 'Per Lindqvist',
      phone: '08-508 26 000',
      email: 'per.lindqvist@example.se',
    });
    expect(found.year).toBe(2022);
    expect(found.focusAreas).toEqual([
      {
        number: 1,
        headingAsFound: '1. Stimulera tillväxt och företagsamhet',
        questions: [
          {
            text: 'Beskriv arbetet under 2022 med evenemang som stärker besöksnäringen.',
            answer:
              'Under 2022 genomfördes 14 större idrottsevenemang med totalt 310 000 besökare.\n\nSamarbetet med Stockholm Business Region AB kring evenemangsstrategin har fortsatt.',
          },
        ],
      },
      {
        number: 2,
        headingAsFound: '2. Förbättra service, tillgänglighet och myndighetsutövning',
        questions: [{ text: 'Redogör för hur bokningen av idrottsanläggningar har förenklats för företag och föreningar.', answer: '' }],
      },
    ]);
    expect(found.otherInformation).toBe('');
    expect(found.unplaced).toEqual([]);
  });

  test('a template with block controls, a placeholder, two questions in one area and a shortened title', async () => {
    const body = [
      paragraph('UPPFÖLJNINGSRAPPORT NÄRINGSLIV', { bold: true }),
      paragraph(INTRODUCTION_2022),
      paragraph('Nämnd'),
      controlParagraph('Kulturnämnden: kulturförvaltningen'),
      paragraph('Kontaktperson för eventuella frågor'),
      controlParagraph('Moa Almerud'),
      paragraph('Telefon'),
      controlParagraph(''),
      paragraph('E-post'),
      controlParagraph('moa.almerud@stockholm.se'),
      paragraph('Uppföljning av direktiv och aktiviteter med näringslivskoppling i budget 2022'),
      paragraph('3. Attraktivare miljöer och bättre framkomlighet'),
      paragraph('Redogör för arbetet med platssamverkan och platsaktivering under 2022'),
      controlBlock(['Arbetet pågår planenligt.', 'Kulturforum sammanträder fyra gånger per år.']),
      paragraph('Beskriv samarbetet med fastighetsägare.'),
      controlParagraph(''),
      paragraph('Övriga upplysningar'),
      controlParagraph('Inget att tillägga.'),
    ].join('');
    // A note typed between the header and the first focus area belongs nowhere in the form.
    const stray = paragraph('Anteckning: skickas till SLK senast 15 maj.');
    const found = readDocxForm(
      await buildDocx(
        documentXml(
          body.replace(
            paragraph('Uppföljning av direktiv och aktiviteter med näringslivskoppling i budget 2022'),
            stray + paragraph('Uppföljning av direktiv och aktiviteter med näringslivskoppling i budget 2022'),
          ),
        ),
      ),
    );
    expect(found.header).toEqual({
      committee: 'Kulturnämnden: kulturförvaltningen',
      contactPerson: 'Moa Almerud',
      phone: '',
      email: 'moa.almerud@stockholm.se',
    });
    expect(found.focusAreas.map((area) => area.number)).toEqual([3]);
    expect(found.focusAreas[0]?.headingAsFound).toBe('3. Attraktivare miljöer och bättre framkomlighet');
    expect(found.focusAreas[0]?.questions).toEqual([
      {
        text: 'Redogör för arbetet med platssamverkan och platsaktivering under 2022',
        answer: 'Arbetet pågår planenligt.\n\nKulturforum sammanträder fyra gånger per år.',
      },
      { text: 'Beskriv samarbetet med fastighetsägare.', answer: '' },
    ]);
    expect(found.otherInformation).toBe('Inget att tillägga.');
    expect(found.unplaced).toEqual(['Anteckning: skickas till SLK senast 15 maj.']);
  });

  test('a form typed as plain paragraphs, without content controls: questions are the bold paragraphs', async () => {
    const body = [
      paragraph('Uppföljningsrapport näringsliv'),
      paragraph('Nämnd'),
      paragraph('Idrottsnämnden: idrottsförvaltningen'),
      paragraph('Kontaktperson för eventuella frågor'),
      paragraph('Per Lindqvist'),
      paragraph('Telefon'),
      paragraph('08-508 26 000'),
      paragraph('E-post'),
      paragraph('per.lindqvist@example.se'),
      paragraph('1 Stimulera tillväxt och företagsamhet'),
      paragraph('Beskriv arbetet med evenemang.', { bold: true }),
      paragraph('Fjorton evenemang.'),
      paragraph('Trehundratiotusen besökare.'),
      paragraph('Beskriv samarbetet med SBR.', { bold: true }),
      paragraph('Det har fortsatt.'),
      paragraph('Öka tillgången till arbetskraft med relevant kompetens'),
      paragraph('Hur många feriejobb?', { bold: true }),
      paragraph('Klicka här för att ange text.'),
      paragraph('Övriga upplysningar'),
    ].join('');
    const found = readDocxForm(await buildDocx(documentXml(body)));
    expect(found.header.committee).toBe('Idrottsnämnden: idrottsförvaltningen');
    expect(found.year).toBeUndefined();
    expect(found.focusAreas).toEqual([
      {
        number: 1,
        headingAsFound: '1 Stimulera tillväxt och företagsamhet',
        questions: [
          { text: 'Beskriv arbetet med evenemang.', answer: 'Fjorton evenemang.\n\nTrehundratiotusen besökare.' },
          { text: 'Beskriv samarbetet med SBR.', answer: 'Det har fortsatt.' },
        ],
      },
      { number: 4, headingAsFound: 'Öka tillgången till arbetskraft med relevant kompetens', questions: [{ text: 'Hur många feriejobb?', answer: '' }] },
    ]);
  });

  test('this app’s own export comes back equal: header, focus areas, questions and answers', async () => {
    for (const report of [richReport(), sampleReport(), largeReport(40, 2_000)]) {
      expect(roundTripView(await roundTrip(report))).toEqual(roundTripView(report));
    }
  });

  test('round trip over the whole export fuzz corpus: random Unicode, control characters, 1 MB paragraphs, empty everything', async () => {
    for (let seed = 1; seed <= 2_003; seed += 1) {
      // The same seeds as the export fuzz test: 2,000 random reports and 3 with 1 MB paragraphs.
      const report = randomReport(seed, { hugeParagraph: seed > 2_000 });
      expect(roundTripView(await roundTrip(report)), `seed ${seed}`).toEqual(roundTripView(report));
    }
  }, 300_000);

  test('documents saved again by LibreOffice come back equal', async () => {
    const report = richReport();
    const exported = join(folder.path, 'export.docx');
    await writeFile(exported, await renderDocx(report));
    const example = join(folder.path, 'exempel.docx');
    await writeFile(example, await readFile(EXAMPLE));
    const resaved = await convertWithLibreOffice([exported, example], 'docx:MS Word 2007 XML');
    expect(roundTripView(foundFormToReport(readDocxForm(resaved.get(exported) ?? Buffer.alloc(0)), report, new Date(), randomIds))).toEqual(
      roundTripView(report),
    );
    const example2 = readDocxForm(resaved.get(example) ?? Buffer.alloc(0));
    expect(example2.header.contactPerson).toBe('Per Lindqvist');
    expect(example2.focusAreas.map((area) => [area.number, area.questions.map((question) => question.answer === '')])).toEqual([
      [1, [false]],
      [2, [true]],
    ]);
  }, 120_000);

  test('each question’s identity goes out in its controls’ tags and the properties, and comes back from either', async () => {
    const report = richReport();
    const parts = await readDocxParts(await renderDocx(report));
    const body = parts.get('word/document.xml') ?? '';
    expect(body).toContain('<w:tag w:val="fraga:kultur-1-1"/>');
    expect(body).toContain('<w:tag w:val="svar:kultur-4-1"/>');
    expect(parts.get('docProps/custom.xml')).toContain('Uppföljningsrapport fråga 1.2');

    // LibreOffice drops the tags when it saves: the identities then come from the properties.
    const exported = join(folder.path, 'identities.docx');
    await writeFile(exported, await renderDocx(report));
    const resaved = (await convertWithLibreOffice([exported], 'docx:MS Word 2007 XML')).get(exported) ?? Buffer.alloc(0);
    expect((await readDocxParts(resaved)).get('word/document.xml')).not.toContain('fraga:kultur-1-1');
    const identities = (found: ReturnType<typeof readDocxForm>): unknown[] =>
      found.focusAreas.map((area) => area.questions.map((question) => question.identity));
    expect(identities(readDocxForm(resaved))).toEqual([['kultur-1-1', 'kultur-1-2', undefined], ['kultur-4-1']]);
  }, 120_000);

  test('a long report reads quickly enough to be interactive (speed is measured in the bench)', async () => {
    const report = largeReport();
    report.focusAreas[0]?.questions.push({ id: 'extra', text: 'Extra', answer: swedishText(50_000) });
    expect(roundTripView(await roundTrip(report))).toEqual(roundTripView(report));
  });
});
