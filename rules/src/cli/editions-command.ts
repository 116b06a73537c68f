import { loadEditions } from '../editions-node.ts';
import { learnUrl } from '../links.ts';
import { message, t } from '../texts.ts';
import { localeFrom, parseOptions, UsageError } from './args.ts';
import type { Command } from './command.ts';

export const editionsCommand: Command = {
  name: 'editions',
  usage: `  editions [--locale en|hu] [--json]
                               List the shipped editions, newest first: id, title, date and how
                               the date is known, source.`,
  run(argv, { out }) {
    const { values, positionals } = parseOptions('editions', argv, {
      locale: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length)
      throw new UsageError(
        `editions takes no positional arguments (got: ${positionals.join(' ')})`,
        'editions',
      );
    const locale = localeFrom(values);
    const set = loadEditions();
    const list = set.editions.map((table) => ({
      id: table.edition.id,
      title: message(table, locale, table.edition.title),
      date: table.edition.effectiveDate,
      dateKnown: table.edition.dateKnown,
      dateEvidence: message(table, locale, table.edition.dateEvidence),
      source: {
        url: learnUrl(table, table.edition.source.link, locale),
        section: table.edition.source.section,
        date: table.edition.source.date,
      },
      latest: table === set.latestEdition,
    }));
    if (values.json) {
      out(`${JSON.stringify(list, null, 2)}\n`);
      return 0;
    }
    for (const e of list) {
      out(`${e.id}${e.latest ? t(locale, 'cli.newest') : ''}: ${e.title}\n`);
      out(
        `  ${t(locale, 'cli.edition-date', { date: e.date, known: e.dateKnown, evidence: e.dateEvidence })}\n`,
      );
      out(
        `  ${t(locale, 'cli.edition-source', { url: e.source.url, section: e.source.section, date: e.source.date })}\n`,
      );
    }
    return 0;
  },
};
