// How much inventory one import may send to the background: a message is copied whole between
// the extension's parts, so the limits stay well under the importers' own byte limit. A module
// without imports, so the content script checks them before reading a file at all: a file over
// them is sent by name and size only, and the background says why it was not read.

/** Largest inventory file accepted, in characters (the dialog compares bytes: never fewer). */
export const MAX_INVENTORY_CHARS = 8 * 1024 * 1024;
/** Largest sum of the files of one import, in characters: one message's worth, as for one file. */
export const MAX_INVENTORY_TOTAL_CHARS = MAX_INVENTORY_CHARS;
/** Most files in one import (a customer's exports: a handful of formats). */
export const MAX_INVENTORY_FILES = 50;
