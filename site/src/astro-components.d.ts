// For plain tsc (`tsc -b`), which does not read .astro files: an .astro import is a component
// factory, as the unit tests that render components with Astro's container use it.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

  const component: AstroComponentFactory;
  export default component;
}
