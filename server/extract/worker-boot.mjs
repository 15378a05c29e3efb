// The extraction worker's entry: TypeScript through tsx, registered in this thread (a worker does not take tsx's
// --import hooks from its parent before its entry module loads), then the worker proper.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
