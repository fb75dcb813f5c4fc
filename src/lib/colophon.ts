/**
 * The colophon of an issue as the page shows it. The importer keeps the
 * printed lines' labels (编辑出版, 地址, 邮编, 电话, 电子邮箱, 印刷); the
 * printing permit (准印证号, 浙内准字第0022号) is printed on the line under the
 * printer with no label of its own, so it is set apart here under its name.
 */
export interface ColophonRow {
  label: string;
  value: string;
}

const PERMIT = /\s*((?:[\u4e00-\u9fff]{1,3})?内?准字第?\s*[0-9A-Za-z-]+\s*号)\s*$/;

/** The colophon's rows with the printing permit, when the printer's row carries it, as a row of its own. */
export function colophonRows(colophon: readonly ColophonRow[]): ColophonRow[] {
  if (colophon.some((r) => r.label === '准印证号')) return [...colophon];
  return colophon.flatMap((r) => {
    const m = r.label === '印刷' ? PERMIT.exec(r.value) : null;
    if (!m || m.index === 0) return [r];
    return [
      { label: r.label, value: r.value.slice(0, m.index).trim() },
      { label: '准印证号', value: m[1]!.trim() },
    ];
  });
}
