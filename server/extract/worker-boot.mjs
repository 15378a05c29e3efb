// The extraction worker's entry: TypeScript through tsx, registered in this thread (a worker does not take tsx's
// --import hooks from its parent before its entry module loads), then the worker proper.
import { register } from 'tsx/esm/api';
import { register as registerCjs } from 'tsx/cjs/api';

registerCjs(); // the tagger is loaded with require()
register();
await import('./worker.ts');
