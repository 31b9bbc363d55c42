// Serves the demo pages and the built script on localhost and prints where.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT) || 8000;
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', watch: false, nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port: actual } = server.config;
console.log(`Legible demo: http://localhost:${actual}/demo/  (English: http://localhost:${actual}/demo/en.html)`);
