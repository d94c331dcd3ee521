/** Injection token of the validated {@link AmendoConfig}. */
export const AMENDO_CONFIG = Symbol('AMENDO_CONFIG');
