/** Messages of the requirements only the GDPR, UK GDPR, CCPA and COPPA profiles bring in, and their profile-specific findings. */
export const profiles: Readonly<Record<string, string>> = {
  'complaint-channel.no-authority': 'Not stated: the right to lodge a complaint with a supervisory authority. Say that users may complain to the data-protection authority where they live or work, or where they think the law was broken.',

  'sale-or-share-opt-out.title': 'Selling and sharing personal information, and opting out',
  'sale-or-share-opt-out.description': 'Say whether personal information is sold or shared for cross-context behavioural advertising. If it is, offer a "Do Not Sell or Share My Personal Information" link and explain how opt-out preference signals such as Global Privacy Control are honoured; if not, say so.',
  'sale-or-share-opt-out.missing': 'Missing disclosure: whether personal information is sold or shared. Say that you do not sell or share it, or describe the selling or sharing and how to opt out.',
  'sale-or-share-opt-out.no-link': 'Selling or sharing without an opt-out: "{cue}" is described, but there is no "Do Not Sell or Share My Personal Information" link or other way to opt out.',
  'sale-or-share-opt-out.no-preference-signal': 'Opt-out preference signals not explained: say how you treat a Global Privacy Control or similar browser signal.',

  'limit-sensitive-pi-use.title': 'Right to limit the use of sensitive personal information',
  'limit-sensitive-pi-use.description': 'Where sensitive personal information is collected, say that it is used only for the permitted purposes, or offer the right to limit its use with a "Limit the Use of My Sensitive Personal Information" link.',
  'limit-sensitive-pi-use.missing': 'Missing disclosure: the right to limit the use of sensitive personal information. Say that sensitive data serve only the permitted purposes, or offer the "Limit the Use of My Sensitive Personal Information" link.',

  'non-discrimination-and-incentives.title': 'Non-discrimination and financial incentives',
  'non-discrimination-and-incentives.description': 'Promise not to treat people worse for exercising their privacy rights; where a loyalty programme or discount depends on personal information, give a notice of financial incentive.',
  'non-discrimination-and-incentives.missing': 'Missing disclosure: the promise not to discriminate against people who exercise their privacy rights.',
  'non-discrimination-and-incentives.no-incentive-notice': 'Financial incentive without its notice: "{cue}" depends on personal information, but its terms, how to opt in and withdraw, and what the data are worth are not explained.',

  'ccpa-notice-at-collection-and-metrics.title': 'Notice at collection',
  'ccpa-notice-at-collection-and-metrics.description': 'List the categories of personal information collected with, for each, the purposes, whether it is sold or shared, and how long it is kept (a table is easiest to read).',
  'ccpa-notice-at-collection-and-metrics.missing': 'Missing disclosure: the notice at collection. List each category of personal information with its purposes, whether it is sold or shared, and how long it is kept.',
  'ccpa-notice-at-collection-and-metrics.no-retention': 'Notice at collection without retention: say how long each category is kept, or the criteria that decide it.',
  'ccpa-notice-at-collection-and-metrics.no-sale-status': 'Notice at collection without sale status: say for each category whether it is sold or shared.',
};
