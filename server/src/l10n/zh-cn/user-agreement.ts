export const userAgreement: Readonly<Record<string, string>> = {};
