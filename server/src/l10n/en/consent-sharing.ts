/** Consent, sharing, retention, storage and cross-border transfer (catalogue §§3–5). */
export const consentSharing: Readonly<Record<string, string>> = {
  'third-party-sdk-disclosure.title': 'Third-party SDKs and embedded code',
  'third-party-sdk-disclosure.description': 'Name every third-party SDK or plug-in embedded in the app, with its operator, purpose, the data it collects and a link to its privacy policy, in a list or table.',
  'third-party-sdk-disclosure.missing': 'Missing disclosure: the third-party SDKs embedded in the app. List each SDK with its operator, purpose, the personal information it collects and a link to its privacy policy, or link to a published SDK list.',
  'third-party-sdk-disclosure.not-named': 'SDKs not named: this sentence mentions third-party SDKs or plug-ins without saying which ones. Name each SDK and its operator, or link to a published SDK list.',

  'no-bundled-or-deemed-consent.title': 'No deemed, default or bundled consent',
  'no-bundled-or-deemed-consent.description': 'Consent must be an explicit act of the user. Using, registering or staying silent is not consent, and consent must not be taken for everything at once or pre-selected.',
  'no-bundled-or-deemed-consent.deemed': 'Deemed consent: "{cue}" treats using the service as consent. Ask for consent with an explicit act (a button or tick box the user chooses); sensitive data, sharing with third parties and transfers abroad need a separate consent.',
  'no-bundled-or-deemed-consent.deemed-change': 'Deemed acceptance of changes: "{cue}" treats continued use after a change as consent. Tell users about material changes and ask for their consent again when purposes, methods or types of data change.',
  'no-bundled-or-deemed-consent.bundled': 'Bundled or default consent: "{cue}" takes consent for several purposes at once or by default. Ask for each purpose or permission separately and leave every option unselected until the user chooses.',

  'separate-consent-triggers.title': 'Where separate consent is obtained',
  'separate-consent-triggers.description': 'Say that providing personal information to other processors, public disclosure, sensitive personal information and transfers abroad each get a separate consent (a dedicated pop-up or step), not acceptance of the policy.',
  'separate-consent-triggers.missing': 'Missing disclosure: separate consent. The policy describes processing that needs a separate consent (sharing with other processors, public disclosure, sensitive data or transfers abroad) but never says how that consent is asked for. Say that each is asked for separately, for example in a dedicated pop-up.',
  'separate-consent-triggers.no-separate-consent-sharing': 'No separate consent for sharing: personal information is provided to other processors here, but this section does not say that a separate consent is obtained first.',
  'separate-consent-triggers.no-separate-consent-disclosure': 'No separate consent for public disclosure: this section allows public disclosure of personal information but does not say that a separate consent is obtained first.',
  'separate-consent-triggers.no-separate-consent-sensitive': 'No separate consent for sensitive data: sensitive personal information is processed here, but this section does not say that a separate consent is obtained first.',

  'withdraw-consent.title': 'Withdrawing consent',
  'withdraw-consent.description': 'Give a concrete way to withdraw each consent (a settings path, a switch or a channel) that is as easy as giving it, and say that withdrawal does not affect processing already done.',
  'withdraw-consent.missing': 'Missing disclosure: how to withdraw consent. Give the settings path or switch (for example "Me > Settings > Privacy > Permissions") and say that withdrawal does not affect processing carried out before it.',
  'withdraw-consent.no-path': 'No way to withdraw given: withdrawal is mentioned but no settings path, switch or channel is given. Say where and how the user withdraws each consent.',
  'withdraw-consent.contact-only': 'Withdrawal only by contacting you: withdrawing should be as easy as consenting. Add a setting or switch in the app, not only a request to customer service.',
  'withdraw-consent.no-effect': 'Effect of withdrawal not stated: say that withdrawing consent stops further processing but does not affect processing carried out before the withdrawal.',

  'refusal-consequences.title': 'Consequences of refusing',
  'refusal-consequences.description': 'Say which data each function needs, what happens if the user declines, and that declining optional data does not block the basic functions.',
  'refusal-consequences.missing': 'Missing disclosure: what happens if the user refuses. For each function, say which data it needs and what happens if the user declines, and that refusing optional data does not affect the basic functions.',
  'refusal-consequences.blanket-refusal': 'Blanket refusal: "{cue}" withholds the whole service from users who do not accept the whole policy. Refusing optional processing must not block the basic functions; limit the consequence to the function that needs the data.',

  'purpose-change-reconsent.title': 'New consent when purposes change',
  'purpose-change-reconsent.description': 'Say that new consent will be obtained before personal information is used for a new purpose or when the method or types of data change, and how users will be told.',
  'purpose-change-reconsent.missing': 'Missing disclosure: what happens when purposes change. Say that you will ask for consent again before using personal information for a new purpose or changing how or what you process, and how you will notify users.',
  'purpose-change-reconsent.no-reconsent': 'No new consent for changes: this section announces changes but does not promise to ask for consent again when the purposes, methods or types of personal information change.',

  'third-party-sharing.title': 'Sharing with third parties',
  'third-party-sharing.description': 'Say to whom personal information is provided, transferred or disclosed (name and contact of each recipient), for what purpose, how, and which data, in a list or table.',
  'third-party-sharing.missing': 'Missing disclosure: sharing with third parties. Say whether personal information is provided to other companies and, for each recipient, its name and contact, the purpose, the method and the data concerned.',
  'third-party-sharing.unnamed-recipients': 'Recipients not named: "{cue}" does not tell the user who receives their data. Name each recipient with its contact details, or publish a list of recipients and link to it.',

  'retention-period.title': 'Retention period',
  'retention-period.description': 'State how long each kind of personal information is kept (a period or an objective end such as account closure) and that it is deleted or anonymised afterwards.',
  'retention-period.missing': 'Missing disclosure: how long personal information is kept. Give a period or an objective end for each kind of data (for example "deleted 15 days after you close your account") and say that it is deleted or anonymised afterwards.',
  'retention-period.vague': 'Retention period not stated: "{cue}" gives neither a period nor a criterion. Give a number with a unit or an objective end (such as account closure) for each kind of data.',
  'retention-period.indefinite': 'Indefinite retention: "{cue}" keeps personal information without an end. Keep data only as long as the purpose requires and give the period.',
  'retention-period.no-period': 'Retention period not stated: this retention statement gives no period and no objective end. Say how long each kind of data is kept.',
  'retention-period.no-disposal': 'End of retention not stated: say that personal information is deleted or anonymised when the retention period ends.',

  'storage-location.title': 'Where data are stored',
  'storage-location.description': 'Say where personal information is stored: in mainland China, or in which other country or region.',
  'storage-location.missing': 'Missing disclosure: where personal information is stored. Say whether it is stored in mainland China or name the country or region.',
  'storage-location.no-place': 'Storage place not named: this section speaks of storage but names no country or region. Say where the servers that hold personal information are.',

  'cross-border-transfer.title': 'Transfers abroad',
  'cross-border-transfer.description': 'If personal information leaves the country, name the overseas recipient and its contact, the purpose, method and types of data, how to exercise rights against the recipient, the transfer mechanism, and that separate consent is obtained.',
  'cross-border-transfer.missing': 'Missing disclosure: transfers abroad. The policy mentions processing abroad or foreign service providers but does not explain the transfer. Name the overseas recipient and its contact, the purpose, method and types of data, how to exercise rights, and ask for separate consent.',
  'cross-border-transfer.no-recipient': 'Overseas recipient not identified: name the recipient abroad and give its contact details.',
  'cross-border-transfer.no-details': 'Transfer details missing: say for what purpose, how and which types of personal information are transferred abroad.',
  'cross-border-transfer.no-rights-route': 'Rights against the recipient not explained: say how users can exercise their rights against the overseas recipient.',
  'cross-border-transfer.no-separate-consent': 'No separate consent for the transfer: a transfer abroad needs the user\'s separate consent. Say that it is asked for separately before the transfer.',
  'cross-border-transfer.no-statement': 'No statement on transfers abroad: if personal information never leaves the country, say so explicitly; if it does, explain the transfer.',
};
