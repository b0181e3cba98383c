/** English messages. Every user-visible string has a key here and in zh-cn.ts. */
export const en: Readonly<Record<string, string>> = {
  'purpose-of-processing.title': 'Purposes of processing',
  'purpose-of-processing.description': 'State each concrete purpose for which personal information is processed, tied to the function or data it needs.',
  'purpose-of-processing.missing': 'Missing disclosure: the purposes of processing. Say what each kind of personal information is used for (for example "to create your account and verify your login").',
  'purpose-of-processing.vague': 'Vague purpose: "{cue}" is the only purpose given here. Regulators do not accept improving services or user experience as a purpose on its own; say concretely what the data is used for.',

  'data-categories.title': 'Categories of personal information',
  'data-categories.description': 'List every type of personal information collected, item by item, as a closed list.',
  'data-categories.missing': 'Missing disclosure: the types of personal information collected. List each type item by item (for example mobile number, device model, precise location).',
  'data-categories.open-list': 'Open-ended list: "{cue}" leaves the types of personal information undetermined. List every type item by item and drop the open ending.',

  'complaint-channel.title': 'Complaint and reporting channel',
  'complaint-channel.description': 'Publish a concrete channel (e-mail, phone, online form or in-app path) for complaints and reports about personal information.',
  'complaint-channel.missing': 'Missing disclosure: a channel for complaints and reports. Give an e-mail address, phone number, online form or in-app path where users can complain about or report a personal-information issue.',
  'complaint-channel.not-concrete': 'Complaint channel not concrete: complaints are mentioned but no e-mail address, phone number, web form or in-app path is given nearby.',

  'complaint-response-time.title': 'Reply time for complaints',
  'complaint-response-time.description': 'Promise a reply to complaints and requests within a stated time of at most {limit} working days.',
  'complaint-response-time.missing': 'Missing disclosure: the time within which complaints and requests are answered. Promise a reply within a stated period of at most {limit} working days.',
  'complaint-response-time.vague': 'Reply time not stated: "{cue}" gives no number. Promise a reply within a stated period of at most {limit} working days.',
  'complaint-response-time.too-slow': 'Reply time too long: "{stated}" exceeds the limit of {limit} working days for answering complaints and requests.',

  'minors-age-and-guardian-consent.title': "Minors: age threshold and guardian consent",
  'minors-age-and-guardian-consent.description': 'Say that users under {required} need the consent of a parent or guardian, and how that consent is obtained.',
  'minors-age-and-guardian-consent.missing': 'Missing disclosure: the rule for minors. Say that users under {required} need the consent of a parent or other guardian, and how it is obtained.',
  'minors-age-and-guardian-consent.wrong-age': 'Wrong age threshold: "{stated}" does not match the age of {required} below which guardian consent is required.',
  'minors-age-and-guardian-consent.no-age': 'Age threshold missing: say that guardian consent is required for users under {required}, not only for "minors".',

  'explain.missing': 'No section heading or sentence matched this requirement. Looked for cues such as: {cues}.',
  'explain.matched': 'Matched: “{cue}”.',
  'explain.weak': 'Present, but with a deficiency.',
  'hover.basis': 'Legal basis',
  'hover.why': 'Why',
  'hover.docs': 'Rule documentation',
  'status.present': 'present',
  'status.weak': 'weak',
  'status.missing': 'missing',
  'status.not-applicable': 'not applicable',
  'cli.summary': '{problems} problems ({errors} errors, {warnings} warnings, {infos} infos) in {files} files',
  'cli.noFiles': 'No Markdown files matched: {patterns}',
  'cli.readError': 'Cannot read {path}: {reason}',
  'cli.coverage': 'Coverage: {disclosed} of {applicable} required disclosures made ({weak} deficient, {missing} missing)',
};
