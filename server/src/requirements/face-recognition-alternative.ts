import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { FACE_MEASURES, ONLINE_TRANSACTIONS_MEASURES, PIPL, SPC_FACE_INTERPRETATION } from '../profiles/citations';
import { bodySentences, followingBlocks, sectionSpan, sentencesWith, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

/** Recognising or verifying a person by the face. Beauty filters that only render effects are not recognition. */
export const faceRecognitionCues = defineCues('face-recognition', {
  zh: ['人脸识别', '人脸验证', '人脸核验', '人脸认证', '人脸比对', '人脸核身', '人脸登录', '人脸支付', '人脸信息', '人脸图像', '人脸影像', '人脸照片', '刷脸', '面部识别', '面容识别', '面容id', '活体检测', '活体验证', '活体识别', '人证一致', '人像比对', '人脸特征', '面部特征识别', '面部信息'],
  en: ['facial recognition', 'face recognition', 'face id', 'face verification', 'facial verification', 'face scan*', 'facial scan*', 'faceprint*', 'facial geometry', 'liveness', 'selfie verification', 'face match*', 'facial biometric*', 'face authentication', 'facial authentication'],
});

/** Another way to reach the same purpose, named as such. */
const alternativeCues = defineCues('face-alternative', {
  zh: [
    '其他验证方式', '其他方式', '其他认证方式', '其他核验方式', '其他身份验证方式', '其他登录方式', '其他途径', '其他验证途径', '替代', '也可以通过', '也可通过', '也可以选择', '也可选择',
    '还可以通过', '还可通过', '方式之一', '非必须', '不是唯一', '并非唯一', '人工审核', '人工核验', '人工客服', '人工服务', '线下办理', '营业厅', '柜台', '网点',
  ],
  en: ['alternative*', 'other method*', 'another method', 'other way*', 'another way', 'instead', 'manual review', 'in person', 'optional', 'if you prefer', 'not required'],
});

/**
 * Methods that are an alternative only when offered as a choice next to the face ("人脸识别或短信验证码",
 * "facial recognition or your password"); in a list of collected data ("密码、短信验证码、人脸图像") they are not.
 */
const OR_CHOICE =
  /(?:人脸|刷脸|面部|面容|活体|face|facial)[^。;]{0,30}(?:或者|或|or)[^。;]{0,20}(?:短信验证码|验证码|密码|口令|指纹|证件|password|passcode|verification code|pin|fingerprint)|(?:短信验证码|验证码|密码|口令|指纹|证件|password|passcode|verification code|pin|fingerprint)[^。;]{0,30}(?:或者|或|or)[^。;]{0,20}(?:人脸|刷脸|面部|面容|活体|face|facial)/;

/** Face effects, beauty filters and avatars use the face without recognising anyone. */
const notRecognitionCues = defineCues('face-not-recognition', {
  zh: ['特效', '美颜', '滤镜', '捏脸', '贴纸', '道具', '美化', '妆容', '表情'],
  en: ['filter*', 'effects', 'avatar*', 'sticker*', 'beauty'],
});

/** Lists of SDKs and device permissions show the practice, but are not where an alternative is explained. */
const listingCues = defineCues('face-listing', {
  zh: ['sdk', '权限', '摄像头', '相机'],
  en: ['sdk', 'permission*', 'camera'],
});

/** "Face recognition is required": no other way offered (必须进行人脸识别, 完成人脸识别后方可使用, you must complete a face scan). */
const MANDATORY_ZH = [/(?:必须|务必|只能|仅能|仅支持|须)[^。;]{0,8}(?:人脸|刷脸|面部|活体)/, /(?:人脸|刷脸|活体)[^。;]{0,12}(?:后方可|方可使用|才能使用|才可使用|后才能)/];
const MANDATORY_EN = [/\b(?:must|required to|only way|only method|mandatory)\b[^.;]{0,30}(?:face|facial|selfie|liveness)/];

function mandatoryWording(model: DocumentModel, sentence: Sentence): string | undefined {
  const text = model.textOf(sentence);
  for (const pattern of [...MANDATORY_ZH, ...MANDATORY_EN]) {
    const m = pattern.exec(text);
    if (m) return model.sourceTextOf({ start: sentence.plainStart + m.index, end: sentence.plainStart + m.index + m[0].length });
  }
  return undefined;
}

/** Definitions and lists of sensitive data name face information without describing a practice. */
const definitionCues = defineCues('face-definition', {
  zh: ['包括', '是指', '指的是', '例如', '如个人'],
  en: ['includes', 'including', 'means', 'such as'],
});

const sensitiveWordCues = defineCues('face-sensitive-word', {
  zh: ['敏感', '生物识别信息', '个人生物识别'],
  en: ['sensitive', 'biometric data', 'biometric information', 'special categor*'],
});

/** "We do not collect your face data" / "only the device's result". */
const faceNegationCues = defineCues('face-negation', {
  zh: ['不会收集', '不收集', '不会获取', '不获取', '不会处理', '不涉及', '仅接收', '不会上传', '不会回传', '不会存储您的人脸', '不会留存'],
  en: ['we do not collect', 'we do not receive', 'we do not store', 'never collect', 'never receive', 'only receive'],
});

function isPractice(model: DocumentModel, sentence: Sentence): boolean {
  if (model.has(faceNegationCues, sentence) || model.has(notRecognitionCues, sentence)) return false;
  if (model.has(sensitiveWordCues, sentence) && model.has(definitionCues, sentence)) return false;
  return true;
}

function offersChoice(model: DocumentModel, span: Span): boolean {
  if (model.hitsIn(alternativeCues, span.start, span.end).length > 0) return true;
  return bodySentences(model, span).some((s) => OR_CHOICE.test(model.textOf(s)));
}

/** Sections longer than this are about more than one practice: the alternative must be nearer. */
const ONE_TOPIC_LENGTH = 1500;

/** Another way offered in the sentence's paragraph or the next one, or in its section when that is about one topic. */
function hasAlternative(model: DocumentModel, sentence: Sentence): boolean {
  if (offersChoice(model, followingBlocks(model, sentence))) return true;
  const section = model.sectionOf(sentence.plainStart);
  return section !== undefined && model.bodyLength(section) <= ONE_TOPIC_LENGTH && offersChoice(model, sectionSpan(model, section));
}

/**
 * A practice already covered by an alternative: the same section, and near enough to be the same
 * topic (a long section can describe face login with another way and, much later, face payment without one).
 */
function sameTopic(model: DocumentModel, covered: Sentence, sentence: Sentence): boolean {
  const section = model.sectionOf(sentence.plainStart);
  return section !== undefined && model.sectionOf(covered.plainStart) === section && Math.abs(covered.plainStart - sentence.plainStart) <= ONE_TOPIC_LENGTH;
}

export const faceRecognitionAlternative: Requirement = {
  id: 'face-recognition-alternative',
  appliesTo: ['privacy-policy', 'children-policy', 'user-agreement'],
  severities: { missing: 'error', 'no-alternative': 'error', mandatory: 'error' },
  basis: {
    pipl: [PIPL.art28, PIPL.art29, SPC_FACE_INTERPRETATION.art10, SPC_FACE_INTERPRETATION.art4],
    'cn-face': [FACE_MEASURES.art10, FACE_MEASURES.art12, FACE_MEASURES.art6, FACE_MEASURES.art8],
    'cn-ecommerce': [ONLINE_TRANSACTIONS_MEASURES],
  },
  primaryCues: faceRecognitionCues,
  trigger: 'The document describes face recognition or face verification (人脸识别, 刷脸, 活体检测, facial recognition …), other than in a definition of sensitive data.',
  detect({ model }) {
    const practice = sentencesWith(model, faceRecognitionCues).filter((s) => isPractice(model, s));
    if (practice.length === 0) return { applicable: false, evidence: [], issues: [] };
    const covered = practice.filter((s) => hasAlternative(model, s));
    const issues: Issue[] = [];
    for (const sentence of practice) {
      const cue = mandatoryWording(model, sentence);
      if (cue === undefined || offersChoice(model, spanOf(model.blocks[sentence.block]!))) continue;
      issues.push({ kind: 'mandatory', span: spanOf(sentence), args: { cue }, cue });
    }
    if (covered.length === 0) return { evidence: [], issues };
    // Every section that describes face recognition must offer another way there.
    const seen = new Set<number>();
    for (const sentence of practice) {
      // A table row (an SDK list) shows the practice but is not where the alternative is explained.
      if (covered.includes(sentence) || model.blocks[sentence.block]!.inTable || model.has(listingCues, sentence) || issues.some((i) => i.span.start === sentence.plainStart)) continue;
      const section = model.sectionOf(sentence.plainStart);
      const key = section ? section.block : -1 - sentence.block;
      if (seen.has(key) || covered.some((c) => sameTopic(model, c, sentence))) continue;
      seen.add(key);
      issues.push({ kind: 'no-alternative', span: spanOf(sentence), cue: model.firstHit(faceRecognitionCues, sentence.plainStart, sentence.plainEnd)?.phrase });
    }
    return { evidence: covered.map(spanOf), issues };
  },
  fix: { section: 'collection' },
  examples: [
    {
      name: 'face login with another way to sign in',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 人脸识别登录\n\n您可以选择使用人脸识别登录。人脸识别只是登录方式之一，您也可以通过短信验证码或密码登录。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'face verification with no alternative',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 实名认证\n\n为完成实名认证，我们会收集您的人脸信息并与公安机关数据进行比对。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'face verification is compulsory',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 实名认证\n\n开通直播功能前，您必须进行人脸识别方可使用。\n',
      status: 'missing',
      findings: [
        { kind: 'missing', line: 0 },
        { kind: 'mandatory', line: 4 },
      ],
    },
    {
      name: 'face data only in a definition',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 定义\n\n敏感个人信息包括生物识别信息，例如人脸信息、指纹。\n',
      status: 'not-applicable',
      findings: [],
    },
    {
      name: 'Face ID or a password',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Signing in\n\nYou can sign in with facial recognition, or use your password instead.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'facial recognition with no other way',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Identity checks\n\nWe use facial recognition to confirm your identity when you open an account.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
