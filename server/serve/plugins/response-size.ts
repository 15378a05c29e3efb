import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// A cap on the bytes one HTTP request's answers may add up to (all operations of a batch), so that a
// query the cost estimate let through (long article texts, say) cannot make the server hold and send
// hundreds of megabytes. Over the cap the answer is a clear error instead of the data.

export function responseSizeCap(maxBytes: number): Plugin {
  const sent = new WeakMap<object, number>();
  return {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: object }).request ?? args.contextValue;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in (result as object)) return;
          const bytes = Buffer.byteLength(JSON.stringify(result));
          const total = (sent.get(request) ?? 0) + bytes;
          sent.set(request, total);
          if (total <= maxBytes) return;
          setResult({
            data: null,
            errors: [
              new GraphQLError(
                `The answer would be ${total} bytes, over the maximum of ${maxBytes} per request: ask for fewer items or fields`,
                { extensions: { code: 'RESPONSE_TOO_LARGE', bytes: total, maximum: maxBytes } },
              ),
            ],
          });
        },
      };
    },
  };
}
