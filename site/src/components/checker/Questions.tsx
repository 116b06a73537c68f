// One fieldset per fact the edition declares: its question, its values as radio buttons
// (checkboxes for a fact that holds several values, such as roles), and "Not sure" to leave a
// fact unknown. Everything is read from the edition.
import {
  type DecisionTable,
  type FactValue,
  factValues,
  type Locale,
  questionText,
  valueLabel,
} from '@multichannel/rules';

interface QuestionProps {
  locale: Locale;
  table: DecisionTable;
  fact: string;
  current: FactValue | undefined;
  unknownLabel: string;
  highlighted: boolean;
  onAnswer: (fact: string, value: FactValue | undefined) => void;
}

export function Question({
  locale,
  table,
  fact,
  current,
  unknownLabel,
  highlighted,
  onAnswer,
}: QuestionProps) {
  const options: (FactValue | undefined)[] = [...factValues(table, fact), undefined];
  return (
    <fieldset id={`q-${fact}`} class={highlighted ? 'question question--decides' : 'question'}>
      <legend>{questionText(table, locale, fact)}</legend>
      {options.map((value) => {
        const id = `q-${fact}-${String(value ?? 'unknown')}`;
        return (
          <div class="option" key={id}>
            <input
              type="radio"
              id={id}
              name={fact}
              value={String(value ?? '')}
              checked={current === value}
              onChange={() => onAnswer(fact, value)}
            />
            <label for={id}>
              {value === undefined ? unknownLabel : valueLabel(table, locale, fact, value)}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

interface ManyProps {
  locale: Locale;
  table: DecisionTable;
  fact: string;
  current: readonly FactValue[];
  onChange: (fact: string, values: FactValue[]) => void;
}

/** A fact that holds several values: one checkbox per value, kept in the edition's order. */
export function ManyQuestion({ locale, table, fact, current, onChange }: ManyProps) {
  const values = factValues(table, fact);
  return (
    <fieldset id={`q-${fact}`} class="question">
      <legend>{questionText(table, locale, fact)}</legend>
      {values.map((value) => {
        const id = `q-${fact}-${String(value)}`;
        const checked = current.includes(value);
        return (
          <div class="option" key={id}>
            <input
              type="checkbox"
              id={id}
              name={fact}
              value={String(value)}
              checked={checked}
              onChange={() =>
                onChange(
                  fact,
                  checked
                    ? current.filter((v) => v !== value)
                    : values.filter((v) => v === value || current.includes(v)),
                )
              }
            />
            <label for={id}>{valueLabel(table, locale, fact, value)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
