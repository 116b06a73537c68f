// One question of the edition as a labelled select: its values, plus "not known" (empty), for
// the bought-elsewhere form and the popup's checker alike.
import type { Facts, FactValue } from '@multichannel/rules';
import type { FactQuestion } from '../decisions/fact-questions.ts';

export function FactSelect(props: {
  question: FactQuestion;
  /** The label's text: the fact's name or its question. */
  text: string;
  /** The answer so far; a decision fact has one value. */
  current: Facts[string];
  /** The empty choice's text ("not known", "not sure"). */
  unknown: string;
  onChange: (value: FactValue | undefined) => void;
}) {
  const { question, current } = props;
  return (
    <label>
      {props.text}{' '}
      <select
        name={question.fact}
        value={current === undefined ? '' : String(current)}
        onChange={(e) => {
          const id = e.currentTarget.value;
          props.onChange(question.values.find((v) => v.id === id)?.value);
        }}
      >
        <option value="">{props.unknown}</option>
        {question.values.map((v) => (
          <option key={v.id} value={v.id}>
            {v.label}
          </option>
        ))}
      </select>
    </label>
  );
}
