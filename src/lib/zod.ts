// zod, set up once for the whole app: no compiled validators, since zod's probe for them calls
// `new Function`, which the app's CSP forbids (and reports as a violation even though zod catches
// the error). Every module imports z from here.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
