export const minorsAlgorithmsSecurity: Readonly<Record<string, string>> = {};
