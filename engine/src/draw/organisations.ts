import type { DrawContext } from './context';

export function drawOrganisations(ctx: DrawContext, ..._rest: unknown[]): void {
  void ctx;
}
