/**
 * The JSON Schema of fact-base files, generated from the zod schema. It is written to
 * `knowledge/factbase.schema.json` by the build and contributed to VS Code (`jsonValidation`).
 */
import { z } from 'zod';
import { FactBaseSchema } from './schema';

/** Returns the JSON Schema (draft 2020-12) of fact-base files. */
export function factBaseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(FactBaseSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://isnad.dev/schema/factbase.schema.json',
    title: 'isnad fact base',
    description: 'The facts of one source article, each citing its evidence as a UTF-16 range of the article.',
  };
}
