/**
 * The residence statuses the refugee count splits into (insgesamt = their sum). Apart from the
 * zod schema so that browser code can use the list without bundling zod (its JIT check would
 * call Function() and break the CSP).
 */
export const STATUS = ['anerkannt', 'asyl_mit_bleibeperspektive', 'asyl_ohne_bleibeperspektive', 'geduldet'] as const;
