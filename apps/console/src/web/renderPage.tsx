import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { describeError } from '../aws/describeError.js';
import { ErrorBox } from '../pages/ErrorBox.js';
import { Layout } from '../pages/Layout.js';
import type { PageContext } from './pageContext.js';

/** Lists that take longer than this show a progress line first, then the list when it arrives. */
export const PROGRESS_AFTER_MS = 250;

const DOCTYPE = '<!doctype html>';
const MARK = '<!--content-->';
const HTML = { 'content-type': 'text/html; charset=UTF-8', 'cache-control': 'no-store' };

type Status = 200 | 400 | 403 | 404 | 409 | 429 | 502;

async function settle(load: () => Promise<Child>): Promise<{ child: Child; status: Status }> {
  try {
    return { child: await load(), status: 200 };
  } catch (error) {
    const readable = describeError(error);
    return { child: <ErrorBox error={readable} />, status: readable.status };
  }
}

const html = async (node: Child): Promise<string> =>
  String(await (node as { toString(): unknown }).toString());

/**
 * Answers with a page whose content comes from AWS. A fast answer is one ordinary response (with the
 * error's status when the call failed); a slow one is streamed: the frame and a progress line at once,
 * then the content and a style rule that hides the progress line. No JavaScript involved.
 */
export async function renderPage(
  c: Context,
  page: PageContext,
  load: () => Promise<Child>,
  status: Status = 200,
): Promise<Response> {
  const pending = settle(load);
  const timer = new Promise<'slow'>((resolve) => setTimeout(resolve, PROGRESS_AFTER_MS, 'slow'));
  const first = await Promise.race([pending, timer]);
  if (first !== 'slow') {
    const body = DOCTYPE + (await html(<Layout page={page}>{first.child}</Layout>));
    return c.body(body, first.status === 200 ? status : first.status, HTML);
  }
  const [head, tail] = (await html(<Layout page={page}>{raw(MARK)}</Layout>)).split(MARK);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(
        encoder.encode(
          `${DOCTYPE}${head}<p class="progress" id="progress" role="status">Loading from AWS…</p>`,
        ),
      );
      const { child } = await pending;
      controller.enqueue(encoder.encode(`${await html(child)}<style>#progress{display:none}</style>${tail}`));
      controller.close();
    },
  });
  return c.body(stream, 200, HTML);
}
