import { build } from 'wxt';
await build({ outDir: '.output/size' });
