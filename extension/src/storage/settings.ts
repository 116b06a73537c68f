// The user's options, validated on every read and versioned with migrations like the
// bought-elsewhere store; what cannot be read is set aside field by field, never dropped.

import { type FactValue, factValues } from '@multichannel/rules';
import { editions } from '@multichannel/rules/editions';
import { GUID } from '@multichannel/rules/ids';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { isHostOrigin } from './host-origin.ts';
import { SETTINGS_KEY } from './keys.ts';
import { dropTombstones, quarantineItems, releaseItems, type SetAsidePart } from './quarantine.ts';
import { tracked } from './storage-problem.ts';
import { runChain, type Step, versionOf } from './versioned.ts';

export { SETTINGS_KEY };

export const LanguageSetting = z.enum(['auto', 'en', 'hu']);

/**
 * What the options say about the partner are context facts; a setting holds any value some
 * shipped edition declares (each decision then takes what its edition knows).
 */
function ValueOfAnyEdition(fact: string) {
  const values = [...new Set(editions.flatMap((table) => factValues(table, fact)))];
  return z.custom<string>((value) => values.includes(value as FactValue), `one of: ${values.join(', ')}`);
}
const Cloud = ValueOfAnyEdition('cloud');
const PartnerType = ValueOfAnyEdition('partnerType');
const Role = ValueOfAnyEdition('roles');

/** A shipped edition's id: the one to decide with, instead of the newest. */
export const EditionSetting = z.custom<string>(
  (value) => editions.some((table) => table.edition.id === value),
  `a shipped edition: ${editions.map((table) => table.edition.id).join(', ')}`,
);
export type LanguageSetting = z.infer<typeof LanguageSetting>;

/**
 * An extra Partner Center host, as an origin such as https://partner.example.gov: exactly what
 * `parseHostOrigin` makes of what the user typed (lower-case, no path or port), never
 * partner.microsoft.com itself, whose content script is always there (a second would run twice).
 */
export const ExtraHost = z
  .object({
    origin: z
      .string()
      .refine(
        isHostOrigin,
        'a lower-case https origin without a path or port, other than https://partner.microsoft.com',
      ),
    cloud: Cloud,
  })
  .strict();
export type ExtraHost = z.infer<typeof ExtraHost>;

export const SETTINGS_VERSION = 3;

const SETTINGS_V1_FIELDS = {
  partnerType: PartnerType.optional(),
  roles: z.array(Role),
  language: LanguageSetting,
  annotate: z.boolean(),
  extraHosts: z.array(ExtraHost),
};
const SettingsV1 = z.object({ version: z.literal(1), ...SETTINGS_V1_FIELDS }).strict();

const SETTINGS_V2_FIELDS = {
  ...SETTINGS_V1_FIELDS,
  /** The edition pinned on the options page; absent: the newest shipped edition. */
  edition: EditionSetting.optional(),
};
const SettingsV2 = z.object({ version: z.literal(2), ...SETTINGS_V2_FIELDS }).strict();

/**
 * The partner's own Entra tenant id (a GUID): an imported Graph file's ownerTenantId equal to it
 * means "through you" rather than "another partner".
 */
export const PartnerTenant = z
  .string()
  .trim()
  .toLowerCase()
  .regex(GUID, 'a tenant id such as 11111111-2222-4333-8444-555555555555');

export const Settings = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    ...SETTINGS_V2_FIELDS,
    partnerTenant: PartnerTenant.optional(),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  roles: [],
  language: 'auto',
  annotate: true,
  extraHosts: [],
};

/**
 * Each version's settings and the step to the next. Adding version 4: its schema here, a `next`
 * step on version 3 (taking valid version 3 settings to version 4), SETTINGS_VERSION = 4.
 */
const SETTINGS_VERSIONS: Readonly<Record<number, { schema: z.ZodObject; next?: Step }>> = {
  // Version 1 had no edition setting: it always decided with the newest, as version 2 does
  // while no edition is pinned.
  1: { schema: SettingsV1, next: (value) => ({ value: { ...(value as object), version: 2 } }) },
  // Version 2 had no partner tenant id: imports read as they did, with the tenant not known.
  2: { schema: SettingsV2, next: (value) => ({ value: { ...(value as object), version: 3 } }) },
  3: { schema: Settings },
};
const STEPS: Record<number, Step> = Object.fromEntries(
  Object.entries(SETTINGS_VERSIONS).flatMap(([v, spec]) => (spec.next ? [[v, spec.next]] : [])),
);

export interface ReadSettings {
  settings: Settings;
  /** What could not be read (each part shaped like stored settings), set aside instead of lost. */
  setAside: SetAsidePart[];
  /** Whether storage should be written: something was set aside or migrated. */
  changed: boolean;
}

/**
 * Reads stored settings field by field: a field that is invalid or unknown is set aside alone and
 * the others are kept (an unknown key does not reset the partner type, roles or language). Older
 * versions are migrated; a newer version's settings are read with this version's fields, and
 * kept whole in the quarantine.
 */
export function readSettings(raw: unknown): ReadSettings {
  const version = versionOf(raw);
  if (version === null)
    return {
      settings: DEFAULT_SETTINGS,
      setAside: [{ raw, error: 'not settings: expected an object with a version number' }],
      changed: true,
    };
  const object = raw as Record<string, unknown>;
  const known = SETTINGS_VERSIONS[version];
  const schema = known?.schema ?? Settings;
  const setAside: SetAsidePart[] = [];
  if (!known)
    setAside.push({
      raw,
      error: `written by a newer version (${version}); the settings this version knows were kept`,
    });
  const fields: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(object)) {
    if (field === 'version') continue;
    // Own keys only: a stored key such as `__proto__` or `toString` is unknown, not a schema.
    const fieldSchema = Object.hasOwn(schema.shape, field)
      ? (schema.shape as Record<string, z.ZodType>)[field]
      : undefined;
    if (!fieldSchema) {
      if (known) setAside.push({ raw: { version, [field]: value }, error: `unknown setting "${field}"` });
      continue;
    }
    const parsed = fieldSchema.safeParse(value);
    if (parsed.success) fields[field] = parsed.data;
    else if (known)
      setAside.push({
        raw: { version, [field]: value },
        error: z.prettifyError(new z.ZodError(prefixed(parsed.error, field))),
      });
  }
  // Missing fields (and the invalid ones) take their defaults, in the version read.
  const defaults = known ? defaultsOf(version) : DEFAULT_SETTINGS;
  const filled = { ...defaults, ...fields, version: known ? version : SETTINGS_VERSION };
  const chained = runChain(filled, filled.version, SETTINGS_VERSION, STEPS);
  const settings = Settings.parse(chained.value);
  return {
    settings,
    setAside,
    changed: setAside.length > 0 || version !== SETTINGS_VERSION || !sameSettings(object, settings),
  };
}

const prefixed = (error: z.ZodError, field: string) =>
  error.issues.map((issue) => ({ ...issue, path: [field, ...issue.path] }));

// An older version's defaults: the current ones without the fields it did not have.
function defaultsOf(version: number): Record<string, unknown> {
  const shape = SETTINGS_VERSIONS[version]?.schema.shape ?? {};
  return Object.fromEntries(
    Object.entries(DEFAULT_SETTINGS).filter(([field]) => Object.hasOwn(shape, field)),
  );
}

const sameSettings = (stored: Record<string, unknown>, settings: Settings) =>
  JSON.stringify(Object.entries(stored).sort()) === JSON.stringify(Object.entries(settings).sort());

export async function loadSettings(): Promise<Settings> {
  const { [SETTINGS_KEY]: raw } = await browser.storage.local.get(SETTINGS_KEY);
  if (raw === undefined) return DEFAULT_SETTINGS;
  const { settings, setAside, changed } = readSettings(raw);
  if (!changed) return settings;
  // The bad parts move to the quarantine in the same write that stores the cleaned settings. If
  // the browser refuses it (storage full), the settings as read are still used and reported.
  const items = await quarantineItems(SETTINGS_KEY, setAside);
  await tracked(() => browser.storage.local.set({ ...items, [SETTINGS_KEY]: settings })).catch(
    () => undefined,
  );
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  const valid = Settings.parse(settings);
  await tracked(() => browser.storage.local.set({ [SETTINGS_KEY]: valid }));
}

/**
 * Puts set-aside settings back: an entry's fields (of this version) replace the current ones
 * when the result is valid, and the entry (when it is still stored) leaves the quarantine in the
 * same write. An entry still invalid stays set aside, with the reason.
 */
export async function restoreSettings(entry: {
  id?: string | undefined;
  raw: unknown;
}): Promise<{ ok: true } | { ok: false; error: string }> {
  const version = versionOf(entry.raw);
  if (version === null || version > SETTINGS_VERSION || !SETTINGS_VERSIONS[version])
    return {
      ok: false,
      error: `settings of version ${version ?? 'none'}; this version reads versions 1 to ${SETTINGS_VERSION}`,
    };
  // An older version's fields mean the same now (each version only added fields).
  const merged = Settings.safeParse({
    ...(await loadSettings()),
    ...(entry.raw as object),
    version: SETTINGS_VERSION,
  });
  if (!merged.success) return { ok: false, error: z.prettifyError(merged.error) };
  const released = entry.id ? await releaseItems([entry.id]) : {};
  await tracked(() => browser.storage.local.set({ ...released, [SETTINGS_KEY]: merged.data }));
  await dropTombstones(released);
  return { ok: true };
}

/**
 * Calls `listener` with the new settings whenever they change (any extension page). Removed
 * settings are the defaults; unreadable ones are set aside first (by `loadSettings`), so a page
 * that shows the defaults and saves a change cannot write over them unseen.
 */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const value = changes[SETTINGS_KEY]?.newValue;
    if (value === undefined || value === null) return listener(DEFAULT_SETTINGS);
    const parsed = Settings.safeParse(value);
    if (parsed.success) return listener(parsed.data);
    return loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
