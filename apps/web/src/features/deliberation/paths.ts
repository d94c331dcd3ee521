/** The public page « Comment sont classées les contributions ? ». */
export const rankingPath = '/classement';
