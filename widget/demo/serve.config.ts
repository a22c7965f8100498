import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Serves the built demo pages and widget (`.output/`) the way a site would host them. */
export default defineConfig({
  root,
  build: { outDir: '.output' },
  preview: { port: 4173, strictPort: true, host: 'localhost' },
  plugins: [
    {
      name: 'livegift-announce',
      configurePreviewServer(server) {
        server.httpServer.once('listening', () => {
          console.log('\n  LiveGift demo live page: http://localhost:%s/demo/', server.config.preview.port);
          console.log('  Unpacked extension to load in Chrome: %s.output/chrome-mv3\n', root);
        });
      },
    },
  ],
});
