// Extension pages forbid eval (MV3 CSP): tell zod not to probe for it with `new Function`.
import { z } from 'zod';

z.config({ jitless: true });
