export const collection: Readonly<Record<string, string>> = {};
