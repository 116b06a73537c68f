// The package's own version, for reports that name the tool that wrote them.
import { readFileSync } from 'node:fs';

export const TOOL_NAME = 'multichannel-rules';

export const TOOL_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
