import type { DrawContext } from './context';

export function drawQuantities(ctx: DrawContext, ..._rest: unknown[]): void {
  void ctx;
}
