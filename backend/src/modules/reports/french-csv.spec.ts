import { csvDate, csvDateTime, csvDecimal, csvText, frenchCsv } from './french-csv.js';

describe('French CSV', () => {
  it('starts with a byte-order mark and separates with ; on CRLF lines', () => {
    const csv = frenchCsv(['Studio', 'Jours-poste'], [['Lucioles', '12'], ['Brume', '3']]);
    expect(csv.startsWith('\ufeffStudio;Jours-poste\r\n')).toBe(true);
    expect(csv).toBe('\ufeffStudio;Jours-poste\r\nLucioles;12\r\nBrume;3\r\n');
  });

  it('writes decimals with a comma, rounded half away from zero, no thousands separator', () => {
    expect(csvDecimal(85.75, 1)).toBe('85,8');
    expect(csvDecimal(1234.5, 2)).toBe('1234,50');
    expect(csvDecimal(0, 1)).toBe('0,0');
    expect(csvDecimal(-2.25, 1)).toBe('-2,3');
    expect(csvDecimal(-0.01, 1)).toBe('0,0');
    expect(csvDecimal(7, 0)).toBe('7');
  });

  it('writes dates as dd/mm/yyyy and instants in Paris time', () => {
    expect(csvDate('2026-03-02')).toBe('02/03/2026');
    expect(csvDate(null)).toBe('');
    expect(csvDateTime(new Date('2026-07-14T08:30:00Z'))).toBe('14/07/2026 10:30');
    expect(csvDateTime(new Date('2026-01-05T23:30:00Z'))).toBe('06/01/2026 00:30');
  });

  it('quotes cells holding ; quotes or line breaks', () => {
    expect(csvText('Contes; saison 2')).toBe('"Contes; saison 2"');
    expect(csvText('Le "grand" projet')).toBe('"Le ""grand"" projet"');
    expect(csvText('deux\nlignes')).toBe('"deux\nlignes"');
    expect(csvText('Brume — épisode 4')).toBe('Brume — épisode 4');
  });

  it('never lets a text cell run as a formula', () => {
    expect(csvText('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvText('+33 5 45')).toBe("'+33 5 45");
    expect(csvText('-1+2')).toBe("'-1+2");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('\t=1')).toBe("'\t=1");
    expect(csvText('a=b')).toBe('a=b');
  });
});
