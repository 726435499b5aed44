import type { DrawContext } from './context';

export function drawPosts(ctx: DrawContext, ..._rest: unknown[]): void {
  void ctx;
}
