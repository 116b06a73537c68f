// One fieldset per fact: the question from the rules' vocabulary, its values as radio buttons
// (checkboxes for roles), and "Not sure" to leave a fact unknown.
import { DECISION_FACTS, type FactName, type Facts, type Locale, t } from '@multichannel/rules';

type SingleFact = Exclude<FactName, 'roles'>;

interface QuestionProps {
  locale: Locale;
  fact: SingleFact;
  values: readonly (string | boolean)[];
  current: string | boolean | undefined;
  unknownLabel: string;
  highlighted: boolean;
  onAnswer: (fact: SingleFact, value: string | boolean | undefined) => void;
}

export function Question({
  locale,
  fact,
  values,
  current,
  unknownLabel,
  highlighted,
  onAnswer,
}: QuestionProps) {
  const options: (string | boolean | undefined)[] = [...values, undefined];
  return (
    <fieldset id={`q-${fact}`} class={highlighted ? 'question question--decides' : 'question'}>
      <legend>{t(locale, `question.${fact}`)}</legend>
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
              {value === undefined ? unknownLabel : t(locale, `value.${fact}.${String(value)}`)}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

interface RolesProps {
  locale: Locale;
  roles: readonly string[];
  current: string[];
  onChange: (roles: string[]) => void;
}

export function RolesQuestion({ locale, roles, current, onChange }: RolesProps) {
  return (
    <fieldset id="q-roles" class="question">
      <legend>{t(locale, 'question.roles')}</legend>
      {roles.map((role) => {
        const id = `q-roles-${role}`;
        const checked = current.includes(role);
        return (
          <div class="option" key={id}>
            <input
              type="checkbox"
              id={id}
              name="roles"
              value={role}
              checked={checked}
              onChange={() =>
                onChange(
                  checked
                    ? current.filter((r) => r !== role)
                    : roles.filter((r) => r === role || current.includes(r)),
                )
              }
            />
            <label for={id}>{t(locale, `value.roles.${role}`)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** The decision facts in the order the questions are asked. */
export const DECISION_QUESTIONS = Object.entries(DECISION_FACTS) as [
  keyof typeof DECISION_FACTS,
  readonly (string | boolean)[],
][];
export type { Facts };
