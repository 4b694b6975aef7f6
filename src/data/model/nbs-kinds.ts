/**
 * The committee kinds of the NBS coding rules, in code order (001–199, 200–399, 400–599, 600–799).
 * Apart from the schema so views can list the kinds without loading the validator.
 */
export const NBS_KINDS = ['residents', 'villages', 'residentsLike', 'villagesLike'] as const;
export type NbsKind = (typeof NBS_KINDS)[number];
