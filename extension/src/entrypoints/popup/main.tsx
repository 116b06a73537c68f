import '../../zod-config.ts';
import { render } from 'preact';
import { Popup } from '../../popup/popup.tsx';

render(<Popup />, document.getElementById('app') as HTMLElement);
