import type { Sheet } from './sheet';

export interface WorkbookContent {
  /** Sheet names are cut to Excel's 31 characters. */
  dataName: string;
  data: Sheet;
  sourceName: string;
  /** Lines of the source sheet: title, citation, licence, quoted sentences. */
  source: readonly (readonly string[])[];
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel forbids these in sheet names. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';

/**
 * An .xlsx workbook: the data sheet (numbers as numbers, computed and inferred values in
 * italics, the marks column, the citation under the table) and a source sheet with every quoted
 * sentence. exceljs is loaded only when someone downloads a workbook.
 */
export async function toXlsx(content: WorkbookContent): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const data = workbook.addWorksheet(sheetName(content.dataName));
  data.addRow([...content.data.header]).font = { bold: true };
  for (const row of content.data.rows) data.addRow([...row]);
  for (const [r, c] of content.data.derivedCells) data.getCell(r + 2, c + 1).font = { italic: true };
  data.addRow([]);
  for (const note of content.data.notes) data.addRow([...note]);
  data.views = [{ state: 'frozen', ySplit: 1 }];
  content.data.header.forEach((h, i) => {
    data.getColumn(i + 1).width = Math.min(60, Math.max(10, h.length * 2 + 4));
  });
  const source = workbook.addWorksheet(sheetName(content.sourceName));
  for (const line of content.source) source.addRow([...line]);
  source.getColumn(1).width = 40;
  source.getColumn(2).width = 80;
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}
