/** Minors, personalisation, automated decisions, face recognition, security and policy meta (catalogue §§8–12). */
export const minorsAlgorithmsSecurity: Readonly<Record<string, string>> = {
  'minors-dedicated-rules.title': "Dedicated rules for children's information",
  'minors-dedicated-rules.description': "When minors or children may use the service, give their personal information its own rules: a separate children's policy or a clearly titled section written for parents and guardians.",
  'minors-dedicated-rules.missing': "Missing disclosure: dedicated rules for children's personal information. The document mentions minors or children but has no section or separate policy for them; add one, addressed to parents and guardians, or link to your children's policy.",
  'minors-dedicated-rules.no-guardian': 'This section about minors never speaks to parents or guardians. Say what guardians must do (read and consent for users under {required}) and how they can reach you.',

  'minors-designated-person.title': "Person responsible for children's information",
  'minors-designated-person.description': "Name the person or team designated to protect children's personal information, and how to contact them.",
  'minors-designated-person.missing': "Missing disclosure: the person responsible for children's personal information. Name a designated person or team for children's data and give their e-mail address or phone number.",
  'minors-designated-person.no-contact': "A person responsible for children's information is named, but no way to reach them is given nearby. Add an e-mail address, a phone number or a pointer to the contact section.",
  'minors-designated-person.general-officer': "Only the general personal-information officer is named here. Designate a person for children's personal information, or say that this officer is that person.",

  'children-notice-content.title': "Content of the children's notice",
  'children-notice-content.description': "A children's policy must tell guardians what is collected and why, where and how long it is stored, how it is protected, what refusing means, how to complain and how to correct or delete it.",
  'children-notice-content.missing': "Missing disclosure: the contents a children's policy must give guardians. State the purposes and scope of collection, storage place and period, security measures, the consequences of refusing, complaint channels and how to correct or delete the data.",
  'children-notice-content.no-collection-rules': "The children's policy does not say what children's information is collected and for what purpose. List each item and what it is used for.",
  'children-notice-content.no-storage': "The children's policy does not say where children's information is stored, for how long, and what happens when the period ends.",
  'children-notice-content.no-security': "The children's policy does not describe the security measures that protect children's information.",
  'children-notice-content.no-refusal-consequences': 'The children\'s policy does not say what happens if a guardian refuses to provide information or to consent (for example "the child can still use the other features").',
  'children-notice-content.no-complaint-channel': 'The children\'s policy gives no channel for complaints and reports. Add an e-mail address, phone number or in-app path for them.',
  'children-notice-content.no-correction-deletion': "The children's policy does not say how guardians or children can have the information corrected or deleted.",

  'minors-correction-deletion.title': "Guardians' correction and deletion of minors' information",
  'minors-correction-deletion.description': "Say that minors or their parents and guardians can ask for a minor's personal information to be corrected or deleted, and how.",
  'minors-correction-deletion.missing': "Missing disclosure: how minors or their guardians can have a minor's information corrected or deleted. Say that they may ask for it, and how (e-mail, phone or in-app path).",
  'minors-correction-deletion.no-method': 'The right to correction or deletion is stated, but not how to use it. Add the e-mail address, phone number or in-app path for the request, or point to where it is given.',

  'personalized-recommendation-opt-out.title': 'Switching off personalised recommendation',
  'personalized-recommendation-opt-out.description': 'Where recommendations, push or ads are tailored to the person, offer an option not based on personal characteristics or an easy way to switch it off, and say where the switch is.',
  'personalized-recommendation-opt-out.missing': 'Missing disclosure: how to switch off personalised recommendation or ads. The document describes tailored content or ads; say where the switch is (for example Me > Settings > Privacy > Personalised recommendations) or offer a non-personalised option.',
  'personalized-recommendation-opt-out.no-path': 'Switching off is mentioned, but not where. Give the menu path or the name of the switch.',
  'personalized-recommendation-opt-out.experience-only': 'This only warns that refusing may affect the experience; it gives no way to switch personalisation off. Say where the switch is.',

  'automated-decision-making.title': 'Automated decision-making',
  'automated-decision-making.description': 'Where decisions are made by automated means or profiling, explain them and say how people can ask for an explanation, a human review, or refuse decisions made solely by automation.',
  'automated-decision-making.missing': 'Missing disclosure: the rights around automated decision-making. The document mentions automated decisions or profiling; say that people can ask for an explanation and refuse decisions made solely by automated means, and how.',
  'automated-decision-making.no-route': 'Automated decisions with significant effects (such as credit or prices) are described without a way to ask for an explanation, a human review or to refuse them.',

  'face-recognition-alternative.title': 'Alternative to face recognition',
  'face-recognition-alternative.description': 'Where face recognition is used, explain why it is needed and offer another reasonable way (password, verification code, manual review) for people who do not want it.',
  'face-recognition-alternative.missing': 'Missing disclosure: an alternative to face recognition. The document describes face recognition or verification; offer and name another way to reach the same purpose, such as a password, a verification code or manual review.',
  'face-recognition-alternative.no-alternative': 'Face recognition is described here without another way to reach the same purpose. Name the alternative in this section.',
  'face-recognition-alternative.mandatory': 'Face recognition is presented as compulsory ("{cue}"). It must not be the only option where another method works; offer an alternative.',

  'security-measures.title': 'Security measures',
  'security-measures.description': 'Describe the main technical and organisational measures that protect personal information, such as encryption, access control and staff training.',
  'security-measures.missing': 'Missing disclosure: how personal information is protected. Describe the main measures, for example encryption in transit and at rest, access control and security audits.',
  'security-measures.not-concrete': 'Security measures are promised ("{cue}") but none is named. Say which measures you use, for example encryption, access control or de-identification.',

  'breach-notification.title': 'Notice of security incidents',
  'breach-notification.description': 'Say how people will be told about a personal-information incident and what the notice will contain.',
  'breach-notification.missing': 'Missing disclosure: what happens after a security incident. Say that you will notify affected people (by push, e-mail or announcement) about what happened, its likely effects, what you did and what they can do.',
  'breach-notification.incomplete': 'A notice of incidents is promised, but not what it will say. Add what happened and its likely effects, the measures taken and what people can do to protect themselves.',

  'policy-effective-date.title': 'Effective or last-updated date',
  'policy-effective-date.description': 'Show the date on which this version of the document takes effect or was last updated.',
  'policy-effective-date.missing': 'Missing disclosure: the effective or last-updated date. Add it near the title, for example "Last updated: 1 March 2026".',
  'policy-effective-date.no-date': 'The date label is there but the date itself is blank. Fill in the effective or last-updated date.',
  'policy-effective-date.invalid-date': '"{stated}" is not a valid date. Correct the effective or last-updated date.',

  'policy-updates.title': 'Changes to the policy',
  'policy-updates.description': 'Say that the policy may change, how people will be told, when changes take effect, and that material changes will ask for consent again.',
  'policy-updates.missing': 'Missing disclosure: how this policy is updated. Say that it may change, how you will notify people (pop-up, in-app message, e-mail) and that material changes will ask for their consent again.',
  'policy-updates.no-notice-method': 'This says the policy may change, but not how people will be told. Say how you will notify them (pop-up, in-app message, e-mail, a notice on this page) before changes take effect.',
  'policy-updates.without-notice': 'Changing the policy "{cue}" is not allowed: people must be told about changes. Say how you will notify them.',
  'policy-updates.no-reconsent': 'Material changes (of purposes, methods or the kinds of data) need fresh consent. Say that you will ask for consent again before they apply.',
};
