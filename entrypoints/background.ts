import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners are registered synchronously here (an MV3 service worker cannot await at top level).
  },
});
