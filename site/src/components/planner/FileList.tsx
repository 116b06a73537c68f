// Every file given: its format and the importer's notes, or why it was not read (with where in
// the file); a file that was not read is left out whole and the others still make the plan.
import { fill } from '@multichannel/rules/ids';
import type { FileResult } from './engine.ts';
import type { PlannerTexts } from './texts.ts';

interface Props {
  texts: PlannerTexts;
  results: readonly FileResult[];
  /** The format's name in the page's language, by format id. */
  formatName: (format: string) => string;
  notes: (file: string) => string[];
  onRemove: (name: string) => void;
}

export function FileList({ texts, results, formatName, notes, onRemove }: Props) {
  return (
    <>
      <h2>{texts['plan.files']}</h2>
      <ul class="planner-files">
        {results.map((r) => (
          <li
            key={r.name}
            class={r.imported ? 'planner-file' : 'planner-file planner-file--error'}
            data-file={r.name}
          >
            <strong>{r.name}</strong>
            {r.imported ? (
              <>
                : <span class="planner-format">{formatName(r.imported.format)}</span>
                {notes(r.name).map((note) => (
                  <span key={note} class="planner-note">
                    {' '}
                    ({note})
                  </span>
                ))}
              </>
            ) : (
              <>
                :{' '}
                <span class="planner-file-error" role="alert">
                  {r.error
                    ? fill(texts['plan.file.error'], {
                        position: r.error.position,
                        expected: r.error.expected,
                      })
                    : texts['plan.file.unexpected']}
                </span>
              </>
            )}{' '}
            <button type="button" class="planner-remove" onClick={() => onRemove(r.name)}>
              {fill(texts['plan.file.remove'], { file: r.name })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
