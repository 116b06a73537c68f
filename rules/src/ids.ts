// Dependency-free pieces shared by the smallest bundles (the extension's content script, the
// site's checker island): the product's locales and the one text-filling helper.
// Facts, values and statuses are not here: each edition declares its own (vocabulary.ts).

export const LOCALES = ['en', 'hu'] as const;

/** Fills `{name}` placeholders; an unknown name stays as written, so a gap shows. */
export function fill(text: string, params?: Readonly<Record<string, string>>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? (params[name] as string) : whole,
  );
}
