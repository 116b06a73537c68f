// Command-line arguments: one option table per command, the flags for facts generated from the
// edition in use, and every wrong value or foreign option answered with what is allowed.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { DecisionTable, FactValue } from '../schema.ts';
import { type Facts, Locale } from '../vocabulary.ts';

export class UsageError extends Error {
  /** The command whose help follows the message, if any. */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

export type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: boolean };
export type OptionTable = Record<string, OptionSpec>;
export type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

export const HELP: OptionTable = { help: { type: 'boolean', short: 'h' } };

/**
 * Parses `argv` against `options` only. A string option given twice with different values is
 * refused (it is ambiguous), unless the option is repeatable; the same value twice is harmless.
 */
export function parseOptions(command: string, argv: string[], options: OptionTable) {
  const config = Object.fromEntries(
    Object.entries({ ...options, ...HELP }).map(([name, spec]) => [
      name,
      spec.type === 'string'
        ? { ...spec, multiple: true }
        : { type: spec.type, ...(spec.short ? { short: spec.short } : {}) },
    ]),
  ) as ParseArgsConfig['options'];
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: config, allowPositionals: true, strict: true });
  } catch (error) {
    const name = /'(-[^']*)'/.exec((error as Error).message)?.[1];
    const known = Object.keys(options).map((o) => `--${o}`);
    throw new UsageError(
      name && (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `${command} does not take ${name}; its options are: ${known.join(', ') || 'none'}`
        : (error as Error).message,
      command,
    );
  }
  const values: Values = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    const spec = options[name] ?? HELP[name];
    if (spec?.type === 'string' && !spec.multiple && Array.isArray(value)) {
      const distinct = [...new Set(value as string[])];
      if (distinct.length > 1)
        throw new UsageError(
          `--${name} was given ${value.length} times (${distinct.map((v) => `"${v}"`).join(', ')}); give it once`,
          command,
        );
      values[name] = distinct[0];
    } else values[name] = value as Values[string];
  }
  return { values, positionals: parsed.positionals };
}

/** `--edition X` or `--edition=X` as written, read before the edition's own flags are known. */
export function editionArg(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    if (arg === '--edition') return argv[i + 1];
    if (arg.startsWith('--edition=')) return arg.slice('--edition='.length);
  }
  return undefined;
}

export function oneOf<T extends string>(flag: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T))
    throw new UsageError(`--${flag}: "${String(value)}" is not allowed; use one of: ${allowed.join(', ')}`);
  return value as T;
}

export function localeFrom(values: Values): Locale {
  return oneOf('locale', values.locale, Locale.options) ?? 'en';
}

const kebab = (fact: string) => fact.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** How one fact of an edition is given on the command line. */
export interface FactFlag {
  fact: string;
  flag: string;
  /** For true/false facts: the flag that says false. */
  negated?: string;
  many: boolean;
}

export function factFlags(table: DecisionTable): FactFlag[] {
  return Object.entries(table.facts).map(([fact, declaration]) => {
    const flag = kebab(fact);
    if (declaration.values.every((v) => typeof v === 'boolean'))
      return {
        fact,
        flag,
        negated: flag.includes('-is-') ? flag.replace('-is-', '-is-not-') : `no-${flag}`,
        many: false,
      };
    // A list fact takes one value per flag: `--role a --role b` for `roles`.
    if (declaration.many) return { fact, flag: flag.endsWith('s') ? flag.slice(0, -1) : flag, many: true };
    return { fact, flag, many: false };
  });
}

export function factOptions(table: DecisionTable): OptionTable {
  const options: OptionTable = {};
  for (const f of factFlags(table)) {
    if (f.negated) {
      options[f.flag] = { type: 'boolean' };
      options[f.negated] = { type: 'boolean' };
    } else options[f.flag] = { type: 'string', multiple: f.many };
  }
  return options;
}

/** The facts the flags give, each value checked against the edition. */
export function factsFrom(table: DecisionTable, values: Values): Facts {
  const facts: Record<string, FactValue | FactValue[]> = {};
  const allowed = (fact: string) => table.facts[fact]?.values ?? [];
  const inEdition = ` (edition ${table.edition.id})`;
  for (const f of factFlags(table)) {
    if (f.negated) {
      if (values[f.flag] && values[f.negated])
        throw new UsageError(`--${f.flag} and --${f.negated} contradict each other; give one`, 'decide');
      if (values[f.flag]) facts[f.fact] = true;
      else if (values[f.negated]) facts[f.fact] = false;
      continue;
    }
    const given = values[f.flag];
    if (given === undefined) continue;
    const list = (Array.isArray(given) ? given : [given]) as string[];
    for (const value of list) {
      if (!allowed(f.fact).includes(value))
        throw new UsageError(
          `--${f.flag}: "${value}" is not allowed; use one of: ${allowed(f.fact).join(', ')}${inEdition}`,
          'decide',
        );
    }
    facts[f.fact] = f.many ? list : (list[0] as string);
  }
  return facts;
}

/** `--flag` for a fact, as `decide` takes it. */
export function flagOf(table: DecisionTable, fact: string): string {
  return `--${factFlags(table).find((f) => f.fact === fact)?.flag ?? kebab(fact)}`;
}
