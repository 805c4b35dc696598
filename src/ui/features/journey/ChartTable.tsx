import { useId, useState } from 'preact/hooks';
import { i18next, toLanguage } from '../../../i18n';
import { Icon } from '../../icons/Icon.tsx';
import { TableIcon } from './JourneyIcons';
import { useT } from '../../useT';
import { STRINGS } from './strings';
import './journey.css';

interface ChartTableProps {
  caption: string;
  columns: readonly string[];
  /** Made only when the table is opened: a long series need not be laid out as rows until asked for. */
  rows: () => readonly (readonly string[])[];
}

/** A chart's values as a table, behind a "Toon als tabel" button: the chart's alternative in words. */
export function ChartTable({ caption, columns, rows }: ChartTableProps) {
  useT();
  const s = STRINGS[toLanguage(i18next.language)];
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class="chart-table-block">
      <button type="button" class="btn btn-secondary" aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => setOpen(!open)}>
        {open ? <Icon name="close" size={32} /> : <TableIcon size={32} />}
        <span>{open ? s.hideTable : s.showTable}</span>
      </button>
      {open && (
        <div id={id} class="chart-table-wrap" role="region" aria-label={caption} tabIndex={0}>
          <table class="chart-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows().map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (c === 0 ? <th key={c} scope="row">{cell}</th> : <td key={c}>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
