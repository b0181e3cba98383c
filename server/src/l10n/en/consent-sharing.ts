export const consentSharing: Readonly<Record<string, string>> = {};
