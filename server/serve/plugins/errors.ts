import { GraphQLError, type ValidationContext } from 'graphql';
import { maskError } from 'graphql-yoga';
import { QueryTimeoutError, StoreBusyError, StoreUnavailableError } from '../../store/store.ts';

// What a client is told when something goes wrong: a code for every refusal, the store's states said
// plainly, and anything else unexpected masked (its details go to the log, not to the client).

const RETRY_AFTER_SECONDS = '2';

/** Neo4j away, busy or too slow is a clear error with a code; anything else unexpected stays masked. */
export function maskStoreErrors(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const path = error instanceof GraphQLError ? error.path : undefined;
  if (original instanceof StoreUnavailableError) {
    return new GraphQLError(original.message, { path, extensions: { code: 'NEO4J_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': RETRY_AFTER_SECONDS } } } });
  }
  if (original instanceof StoreBusyError) {
    return new GraphQLError(original.message, { path, extensions: { code: 'SERVER_BUSY', http: { status: 503, headers: { 'retry-after': RETRY_AFTER_SECONDS } } } });
  }
  if (original instanceof QueryTimeoutError) {
    return new GraphQLError(original.message, { path, extensions: { code: 'QUERY_TIMEOUT', maximumMs: original.limitMs } });
  }
  return maskError(error, message, isDev);
}

// graphql-armor's refusals come without a code: report each with one, instead of letting it throw.
export function armorRefusal(code: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) => {
        const coded = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } });
        if (ctx) ctx.reportError(coded);
        else throw coded;
      },
    ],
  };
}
