import '../../zod-config.ts';
import { render } from 'preact';
import { Options } from '../../options/options.tsx';

render(<Options />, document.getElementById('app') as HTMLElement);
