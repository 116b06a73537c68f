// The storage keys, without dependencies, for code that must stay small (the content script
// watches them) as well as for the modules that read and write them.
export const SETTINGS_KEY = 'settings';
export const BOUGHT_ELSEWHERE_KEY = 'boughtElsewhere';
