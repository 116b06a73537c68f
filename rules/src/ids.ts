// Dependency-free pieces shared by the smallest bundles (the extension's content script, the
// site's checker island): the product's locales, the one text-filling helper, and the shape of
// a GUID (tenant ids, legacy subscription ids).
// Facts, values and statuses are not here: each edition declares its own (vocabulary.ts).

export const LOCALES = ['en', 'hu'] as const;

/** Fills `{name}` placeholders; an unknown name stays as written, so a gap shows. */
export function fill(text: string, params?: Readonly<Record<string, string>>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? (params[name] as string) : whole,
  );
}

/** A GUID as Microsoft writes them (Entra tenant ids, legacy Partner Center subscription ids), any case. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
