import type { Citation } from '../types';

/**
 * Legal citations shown in diagnostics, from ../shared/reference/requirements-catalogue.md.
 * An article or section number appears only where the catalogue marks it verified ([V], including
 * "V via secondary" and "V heading" for standard clauses); sources it marks [M] are cited by
 * instrument only, without a number. Chinese forms follow common practice: 《简称》第N条.
 */
function cite(en: string, zh: string): Citation {
  return { en, 'zh-cn': zh };
}

export const PIPL = {
  art6: cite('PIPL Art. 6', '《个人信息保护法》第6条'),
  art13: cite('PIPL Art. 13', '《个人信息保护法》第13条'),
  art14: cite('PIPL Art. 14', '《个人信息保护法》第14条'),
  art14_2: cite('PIPL Art. 14 para. 2', '《个人信息保护法》第14条第2款'),
  art15: cite('PIPL Art. 15', '《个人信息保护法》第15条'),
  art16: cite('PIPL Art. 16', '《个人信息保护法》第16条'),
  art17: cite('PIPL Art. 17', '《个人信息保护法》第17条'),
  art17_1_i: cite('PIPL Art. 17(1)(i)', '《个人信息保护法》第17条第1款第(一)项'),
  art17_1_ii: cite('PIPL Art. 17(1)(ii)', '《个人信息保护法》第17条第1款第(二)项'),
  art17_1_iii: cite('PIPL Art. 17(1)(iii)', '《个人信息保护法》第17条第1款第(三)项'),
  art17_2: cite('PIPL Art. 17 para. 2', '《个人信息保护法》第17条第2款'),
  art17_3: cite('PIPL Art. 17 para. 3', '《个人信息保护法》第17条第3款'),
  art19: cite('PIPL Art. 19', '《个人信息保护法》第19条'),
  art21: cite('PIPL Art. 21', '《个人信息保护法》第21条'),
  art22: cite('PIPL Art. 22', '《个人信息保护法》第22条'),
  art23: cite('PIPL Art. 23', '《个人信息保护法》第23条'),
  art24_1: cite('PIPL Art. 24 para. 1', '《个人信息保护法》第24条第1款'),
  art24_2: cite('PIPL Art. 24 para. 2', '《个人信息保护法》第24条第2款'),
  art24_3: cite('PIPL Art. 24 para. 3', '《个人信息保护法》第24条第3款'),
  art25: cite('PIPL Art. 25', '《个人信息保护法》第25条'),
  art26: cite('PIPL Art. 26', '《个人信息保护法》第26条'),
  art28: cite('PIPL Art. 28', '《个人信息保护法》第28条'),
  art29: cite('PIPL Art. 29', '《个人信息保护法》第29条'),
  art30: cite('PIPL Art. 30', '《个人信息保护法》第30条'),
  art31: cite('PIPL Art. 31', '《个人信息保护法》第31条'),
  art31_2: cite('PIPL Art. 31 para. 2', '《个人信息保护法》第31条第2款'),
  art38: cite('PIPL Art. 38', '《个人信息保护法》第38条'),
  art39: cite('PIPL Art. 39', '《个人信息保护法》第39条'),
  art40: cite('PIPL Art. 40', '《个人信息保护法》第40条'),
  art44: cite('PIPL Art. 44', '《个人信息保护法》第44条'),
  art45: cite('PIPL Art. 45', '《个人信息保护法》第45条'),
  art45_2: cite('PIPL Art. 45 para. 2', '《个人信息保护法》第45条第2款'),
  art45_3: cite('PIPL Art. 45 para. 3', '《个人信息保护法》第45条第3款'),
  art46: cite('PIPL Art. 46', '《个人信息保护法》第46条'),
  art47: cite('PIPL Art. 47', '《个人信息保护法》第47条'),
  art47_1_ii: cite('PIPL Art. 47(1)(ii)', '《个人信息保护法》第47条第1款第(二)项'),
  art48: cite('PIPL Art. 48', '《个人信息保护法》第48条'),
  art50: cite('PIPL Art. 50', '《个人信息保护法》第50条'),
  art51: cite('PIPL Art. 51', '《个人信息保护法》第51条'),
  art52: cite('PIPL Art. 52', '《个人信息保护法》第52条'),
  art53: cite('PIPL Art. 53', '《个人信息保护法》第53条'),
  art57: cite('PIPL Art. 57', '《个人信息保护法》第57条'),
};

/** Cybersecurity Law as amended 2025-10-28, in force 2026-01-01 (old Arts. 41/42/43/49 are now 43/44/45/51). */
export const CSL = {
  art43: cite('Cybersecurity Law Art. 43', '《网络安全法》第43条'),
  art44: cite('Cybersecurity Law Art. 44', '《网络安全法》第44条'),
  art45: cite('Cybersecurity Law Art. 45', '《网络安全法》第45条'),
  art51: cite('Cybersecurity Law Art. 51', '《网络安全法》第51条'),
};

export const CIVIL_CODE = {
  art496: cite('Civil Code Art. 496', '《民法典》第496条'),
  art497: cite('Civil Code Art. 497', '《民法典》第497条'),
  art1038: cite('Civil Code Art. 1038', '《民法典》第1038条'),
};

/** Network Data Security Management Regulations (2024, in force 2025-01-01). */
export const NDSR = {
  art20: cite('Network Data Security Management Regulations Art. 20', '《网络数据安全管理条例》第20条'),
  art21: cite('Network Data Security Management Regulations Art. 21', '《网络数据安全管理条例》第21条'),
  art21_1: cite('Network Data Security Management Regulations Art. 21(1)', '《网络数据安全管理条例》第21条第(一)项'),
  art21_4: cite('Network Data Security Management Regulations Art. 21(4)', '《网络数据安全管理条例》第21条第(四)项'),
  art21_2para: cite('Network Data Security Management Regulations Art. 21 para. 2', '《网络数据安全管理条例》第21条第2款'),
  art21_last: cite('Network Data Security Management Regulations Art. 21 (last para.)', '《网络数据安全管理条例》第21条最后一款'),
  art22_2: cite('Network Data Security Management Regulations Art. 22(2)', '《网络数据安全管理条例》第22条第(二)项'),
  art22_3: cite('Network Data Security Management Regulations Art. 22(3)', '《网络数据安全管理条例》第22条第(三)项'),
  art22_6: cite('Network Data Security Management Regulations Art. 22(6)', '《网络数据安全管理条例》第22条第(六)项'),
  art23: cite('Network Data Security Management Regulations Art. 23', '《网络数据安全管理条例》第23条'),
  art24: cite('Network Data Security Management Regulations Art. 24', '《网络数据安全管理条例》第24条'),
  art25: cite('Network Data Security Management Regulations Art. 25', '《网络数据安全管理条例》第25条'),
  art30: cite('Network Data Security Management Regulations Art. 30', '《网络数据安全管理条例》第30条'),
  art42: cite('Network Data Security Management Regulations Art. 42', '《网络数据安全管理条例》第42条'),
};

/** CAC/MIIT/MPS/SAMR 2019 Methods for identifying unlawful collection and use of personal information by apps. */
const METHODS_ZH = '《App违法违规收集使用个人信息行为认定方法》';
export const CAC_METHODS = {
  s1: cite('CAC 2019 Methods §1', `${METHODS_ZH}第一类`),
  s1_1to4: cite('CAC 2019 Methods §1(1)–(4)', `${METHODS_ZH}第一类第1至4项`),
  s2_1: cite('CAC 2019 Methods §2(1)', `${METHODS_ZH}第二类第1项`),
  s2_2: cite('CAC 2019 Methods §2(2)', `${METHODS_ZH}第二类第2项`),
  s2_3: cite('CAC 2019 Methods §2(3)', `${METHODS_ZH}第二类第3项`),
  s2_4: cite('CAC 2019 Methods §2(4)', `${METHODS_ZH}第二类第4项`),
  s3_1: cite('CAC 2019 Methods §3(1)', `${METHODS_ZH}第三类第1项`),
  s3_4: cite('CAC 2019 Methods §3(4)', `${METHODS_ZH}第三类第4项`),
  s3_6: cite('CAC 2019 Methods §3(6)', `${METHODS_ZH}第三类第6项`),
  s3_8: cite('CAC 2019 Methods §3(8)', `${METHODS_ZH}第三类第8项`),
  s4_2to3: cite('CAC 2019 Methods §4(2)–(3)', `${METHODS_ZH}第四类第2至3项`),
  s4_5: cite('CAC 2019 Methods §4(5)', `${METHODS_ZH}第四类第5项`),
  s4_6: cite('CAC 2019 Methods §4(6)', `${METHODS_ZH}第四类第6项`),
  s5_1: cite('CAC 2019 Methods §5(1)', `${METHODS_ZH}第五类第1项`),
  s5_1to3: cite('CAC 2019 Methods §5(1)–(3)', `${METHODS_ZH}第五类第1至3项`),
  s6_1to4: cite('CAC 2019 Methods §6(1)–(4)', `${METHODS_ZH}第六类第1至4项`),
  s6_3: cite('CAC 2019 Methods §6(3)', `${METHODS_ZH}第六类第3项`),
  s6_5: cite('CAC 2019 Methods §6(5)', `${METHODS_ZH}第六类第5项`),
};

/** App Special Governance Working Group, Self-Assessment Guide (2019-03). */
const GUIDE_ZH = '《App违法违规收集使用个人信息自评估指南》';
export const SELF_ASSESSMENT = {
  guide: cite('App Self-Assessment Guide (2019)', GUIDE_ZH),
  items1to4: cite('App Self-Assessment Guide (2019) items 1–4', `${GUIDE_ZH}第1至4项`),
  items5to6: cite('App Self-Assessment Guide (2019) items 5–6', `${GUIDE_ZH}第5至6项`),
  item7: cite('App Self-Assessment Guide (2019) item 7', `${GUIDE_ZH}第7项`),
  item8: cite('App Self-Assessment Guide (2019) item 8', `${GUIDE_ZH}第8项`),
  item9: cite('App Self-Assessment Guide (2019) item 9', `${GUIDE_ZH}第9项`),
  item13: cite('App Self-Assessment Guide (2019) item 13', `${GUIDE_ZH}第13项`),
  item14: cite('App Self-Assessment Guide (2019) item 14', `${GUIDE_ZH}第14项`),
  item19: cite('App Self-Assessment Guide (2019) item 19', `${GUIDE_ZH}第19项`),
};

/** GB/T 35273-2020: only the table of contents is verified, so clauses are cited by their headings' numbers. */
export const GBT35273 = {
  standard: cite('GB/T 35273-2020', 'GB/T 35273-2020'),
  s5_3: cite('GB/T 35273-2020 §5.3', 'GB/T 35273-2020 第5.3条'),
  s5_5: cite('GB/T 35273-2020 §5.5', 'GB/T 35273-2020 第5.5条'),
  s6_1: cite('GB/T 35273-2020 §6.1', 'GB/T 35273-2020 第6.1条'),
  s7_5: cite('GB/T 35273-2020 §7.5', 'GB/T 35273-2020 第7.5条'),
  s7_7: cite('GB/T 35273-2020 §7.7', 'GB/T 35273-2020 第7.7条'),
  s8_1: cite('GB/T 35273-2020 §8.1', 'GB/T 35273-2020 第8.1条'),
  s8_2: cite('GB/T 35273-2020 §8.2', 'GB/T 35273-2020 第8.2条'),
  s8_3: cite('GB/T 35273-2020 §8.3', 'GB/T 35273-2020 第8.3条'),
  s8_4: cite('GB/T 35273-2020 §8.4', 'GB/T 35273-2020 第8.4条'),
  s8_5: cite('GB/T 35273-2020 §8.5', 'GB/T 35273-2020 第8.5条'),
  s8_6: cite('GB/T 35273-2020 §8.6', 'GB/T 35273-2020 第8.6条'),
  s8_7: cite('GB/T 35273-2020 §8.7', 'GB/T 35273-2020 第8.7条'),
  s8_8: cite('GB/T 35273-2020 §8.8', 'GB/T 35273-2020 第8.8条'),
  s9_1to4: cite('GB/T 35273-2020 §§9.1–9.4', 'GB/T 35273-2020 第9.1至9.4条'),
  s9_7: cite('GB/T 35273-2020 §9.7', 'GB/T 35273-2020 第9.7条'),
  s9_8: cite('GB/T 35273-2020 §9.8', 'GB/T 35273-2020 第9.8条'),
  s10_2: cite('GB/T 35273-2020 §10.2', 'GB/T 35273-2020 第10.2条'),
  s11_1: cite('GB/T 35273-2020 §11.1', 'GB/T 35273-2020 第11.1条'),
  appendixC: cite('GB/T 35273-2020 Appendix C', 'GB/T 35273-2020 附录C'),
  appendixD: cite('GB/T 35273-2020 Appendix D', 'GB/T 35273-2020 附录D'),
};

export const GBT42574 = cite('GB/T 42574-2023 (notice and consent)', 'GB/T 42574-2023《信息安全技术 个人信息处理中告知和同意的实施指南》');

export const MIIT = {
  notice2019_items5to7: cite('MIIT 2019 notice (Xinguanhan [2019] No. 337) items 5–7', '工信部信管函〔2019〕337号第5至7项'),
  notice2019_item4: cite('MIIT 2019 notice (Xinguanhan [2019] No. 337) item 4', '工信部信管函〔2019〕337号第4项'),
  notice2019_item8: cite('MIIT 2019 notice (Xinguanhan [2019] No. 337) item 8', '工信部信管函〔2019〕337号第8项'),
  collectedList2021: cite('MIIT 2021 collected-personal-information list', '工信部2021年“已收集个人信息清单”要求'),
  sharingList2021: cite('MIIT 2021 third-party sharing list', '工信部2021年“与第三方共享个人信息清单”要求'),
  /** MIIT Order No. 24 (2013): article numbers unverified, so cited without them. */
  order24: cite('MIIT Order No. 24 (2013)', '《电信和互联网用户个人信息保护规定》（工业和信息化部令第24号）'),
  /** MIIT Order No. 31 (2015): article numbers unverified. */
  order31: cite('MIIT Order No. 31 (2015)', '《通信短信息服务管理规定》（工业和信息化部令第31号）'),
};

export const CVERC_NOTICES = cite('CVERC app notices', '国家计算机病毒应急处理中心App通报');

export const NECESSARY_PI_SCOPE = cite(
  'Provisions on the Scope of Necessary Personal Information for Common Types of Mobile Apps (2021)',
  '《常见类型移动互联网应用程序必要个人信息范围规定》',
);

export const MINORS_PROTECTION_LAW = {
  art72: cite('Minors Protection Law Art. 72', '《未成年人保护法》第72条'),
  art72_1: cite('Minors Protection Law Art. 72 para. 1', '《未成年人保护法》第72条第1款'),
  art72_2: cite('Minors Protection Law Art. 72 para. 2', '《未成年人保护法》第72条第2款'),
};

export const MINORS_ONLINE_REGULATIONS = {
  art32: cite('Regulations on the Protection of Minors Online Art. 32', '《未成年人网络保护条例》第32条'),
  art34: cite('Regulations on the Protection of Minors Online Art. 34', '《未成年人网络保护条例》第34条'),
};

/** CAC Provisions on the Online Protection of Children's Personal Information (2019). */
const CHILDREN_ZH = '《儿童个人信息网络保护规定》';
export const CHILDREN_PROVISIONS = {
  /** Correction and deletion articles are unverified (probably Arts. 19–20). */
  provisions: cite("Children's Personal Information Provisions", CHILDREN_ZH),
  art8: cite("Children's Personal Information Provisions Art. 8", `${CHILDREN_ZH}第8条`),
  art9: cite("Children's Personal Information Provisions Art. 9", `${CHILDREN_ZH}第9条`),
  art10: cite("Children's Personal Information Provisions Art. 10", `${CHILDREN_ZH}第10条`),
  art10_1: cite("Children's Personal Information Provisions Art. 10(1)", `${CHILDREN_ZH}第10条第(一)项`),
  art10_2: cite("Children's Personal Information Provisions Art. 10(2)", `${CHILDREN_ZH}第10条第(二)项`),
  art10_3: cite("Children's Personal Information Provisions Art. 10(3)", `${CHILDREN_ZH}第10条第(三)项`),
  art10_4: cite("Children's Personal Information Provisions Art. 10(4)", `${CHILDREN_ZH}第10条第(四)项`),
  art10_5: cite("Children's Personal Information Provisions Art. 10(5)", `${CHILDREN_ZH}第10条第(五)项`),
  art10_6: cite("Children's Personal Information Provisions Art. 10(6)", `${CHILDREN_ZH}第10条第(六)项`),
};

/** SAMR Measures for the Supervision of Online Transactions: article numbers unverified, cited without them. */
export const ONLINE_TRANSACTIONS_MEASURES = cite('SAMR Online Transactions Measures (2021, amended 2025)', '《网络交易监督管理办法》');
/** Art. 18 (automatic renewal and extension) is verified. */
export const ONLINE_TRANSACTIONS_MEASURES_ART18 = cite('SAMR Online Transactions Measures Art. 18', '《网络交易监督管理办法》第18条');

/**
 * CAC's second-round draft revision of the Internet Information Services Measures (issued for comment
 * 2026-07-03): accounts not logged into for more than six months may be cancelled as agreed. A draft,
 * not in force; cited without an article number.
 */
export const INTERNET_INFORMATION_SERVICES_DRAFT = cite(
  'Draft revision of the Internet Information Services Measures (CAC, for comment 2026-07-03; not in force)',
  '《互联网信息服务管理办法（修订草案征求意见稿）》（2026年7月3日征求意见，尚未生效）',
);

export const ECOMMERCE_LAW = {
  art18: cite('E-Commerce Law Art. 18', '《电子商务法》第18条'),
  art24: cite('E-Commerce Law Art. 24', '《电子商务法》第24条'),
  art31: cite('E-Commerce Law Art. 31', '《电子商务法》第31条'),
  art33: cite('E-Commerce Law Art. 33', '《电子商务法》第33条'),
  art34: cite('E-Commerce Law Art. 34', '《电子商务法》第34条'),
};

export const CONSUMER_PROTECTION = {
  law_art26: cite('Consumer Rights Protection Law Art. 26', '《消费者权益保护法》第26条'),
  law_art29_3: cite('Consumer Rights Protection Law Art. 29 para. 3', '《消费者权益保护法》第29条第3款'),
  regs_art23: cite('Consumer Rights Protection Law Implementation Regulations Art. 23', '《消费者权益保护法实施条例》第23条'),
  regs_art24: cite('Consumer Rights Protection Law Implementation Regulations Art. 24', '《消费者权益保护法实施条例》第24条'),
};

export const ADVERTISING_LAW_ART43 = cite('Advertising Law Art. 43', '《广告法》第43条');

export const ALGORITHM_PROVISIONS = {
  art16: cite('Algorithm Recommendation Provisions Art. 16', '《互联网信息服务算法推荐管理规定》第16条'),
  art17: cite('Algorithm Recommendation Provisions Art. 17', '《互联网信息服务算法推荐管理规定》第17条'),
};

/** CAC/MPS Face Recognition Measures (in force 2025-06-01); article numbers verified via a secondary reproduction. */
const FACE_ZH = '《人脸识别技术应用安全管理办法》';
export const FACE_MEASURES = {
  art4: cite('Face Recognition Measures Art. 4', `${FACE_ZH}第4条`),
  art6: cite('Face Recognition Measures Art. 6', `${FACE_ZH}第6条`),
  art7: cite('Face Recognition Measures Art. 7', `${FACE_ZH}第7条`),
  art8: cite('Face Recognition Measures Art. 8', `${FACE_ZH}第8条`),
  art10: cite('Face Recognition Measures Art. 10', `${FACE_ZH}第10条`),
  art12: cite('Face Recognition Measures Art. 12', `${FACE_ZH}第12条`),
};

export const SPC_FACE_INTERPRETATION = {
  art4: cite("Supreme People's Court face-recognition interpretation (2021) Art. 4", '《最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定》第4条'),
  art10: cite("Supreme People's Court face-recognition interpretation (2021) Art. 10", '《最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定》第10条'),
};

export const CROSS_BORDER = {
  assessmentMeasures: cite('CAC Measures for Security Assessment of Outbound Data Transfers (2022)', '《数据出境安全评估办法》'),
  flowProvisions: cite('Provisions on Promoting and Regulating Cross-Border Data Flows (2024)', '《促进和规范数据跨境流动规定》'),
};

/**
 * GDPR (Regulation (EU) 2016/679). Art. 13 applies when data are collected from the data subject,
 * Art. 14 when they are not; a policy serves both, so both are cited.
 */
export const GDPR = {
  art5_1_b: cite('GDPR Art. 5(1)(b)', '《通用数据保护条例》(GDPR)第5条第1款(b)项'),
  art6_1: cite('GDPR Art. 6(1)', 'GDPR第6条第1款'),
  art7_3: cite('GDPR Art. 7(3)', 'GDPR第7条第3款'),
  art8: cite('GDPR Art. 8', 'GDPR第8条'),
  art9: cite('GDPR Art. 9', 'GDPR第9条'),
  art12_1: cite('GDPR Art. 12(1)', 'GDPR第12条第1款'),
  art12_2to6: cite('GDPR Art. 12(2)–(6)', 'GDPR第12条第2至6款'),
  art12_3: cite('GDPR Art. 12(3)', 'GDPR第12条第3款'),
  art13_1_a: cite('GDPR Art. 13(1)(a), 14(1)(a)', 'GDPR第13条第1款(a)项、第14条第1款(a)项'),
  art13_1_b: cite('GDPR Art. 13(1)(b), 14(1)(b)', 'GDPR第13条第1款(b)项、第14条第1款(b)项'),
  art13_1_c: cite('GDPR Art. 13(1)(c), 14(1)(c)', 'GDPR第13条第1款(c)项、第14条第1款(c)项'),
  art13_1_d: cite('GDPR Art. 13(1)(d), 14(2)(b)', 'GDPR第13条第1款(d)项、第14条第2款(b)项'),
  art13_1_e: cite('GDPR Art. 13(1)(e), 14(1)(e)', 'GDPR第13条第1款(e)项、第14条第1款(e)项'),
  art13_1_f: cite('GDPR Art. 13(1)(f), 14(1)(f)', 'GDPR第13条第1款(f)项、第14条第1款(f)项'),
  art13_2_a: cite('GDPR Art. 13(2)(a), 14(2)(a)', 'GDPR第13条第2款(a)项、第14条第2款(a)项'),
  art13_2_b: cite('GDPR Art. 13(2)(b), 14(2)(c)', 'GDPR第13条第2款(b)项、第14条第2款(c)项'),
  art13_2_c: cite('GDPR Art. 13(2)(c), 14(2)(d)', 'GDPR第13条第2款(c)项、第14条第2款(d)项'),
  art13_2_d: cite('GDPR Art. 13(2)(d), 14(2)(e)', 'GDPR第13条第2款(d)项、第14条第2款(e)项'),
  art13_2_e: cite('GDPR Art. 13(2)(e)', 'GDPR第13条第2款(e)项'),
  art13_2_f: cite('GDPR Art. 13(2)(f), 14(2)(g)', 'GDPR第13条第2款(f)项、第14条第2款(g)项'),
  art13_3: cite('GDPR Art. 13(3), 14(4)', 'GDPR第13条第3款、第14条第4款'),
  art14_1_d: cite('GDPR Art. 14(1)(d)', 'GDPR第14条第1款(d)项'),
  art14_2_f: cite('GDPR Art. 14(2)(f)', 'GDPR第14条第2款(f)项'),
  art15: cite('GDPR Art. 15', 'GDPR第15条'),
  art16: cite('GDPR Art. 16', 'GDPR第16条'),
  art17: cite('GDPR Art. 17', 'GDPR第17条'),
  art18: cite('GDPR Art. 18', 'GDPR第18条'),
  art20: cite('GDPR Art. 20', 'GDPR第20条'),
  art21: cite('GDPR Art. 21', 'GDPR第21条'),
  art21_2to3: cite('GDPR Art. 21(2)–(3)', 'GDPR第21条第2至3款'),
  art21_4: cite('GDPR Art. 21(4)', 'GDPR第21条第4款'),
  art22: cite('GDPR Art. 22', 'GDPR第22条'),
  art27: cite('GDPR Art. 27', 'GDPR第27条'),
  art34: cite('GDPR Art. 34', 'GDPR第34条'),
  art37_7: cite('GDPR Art. 37(7)', 'GDPR第37条第7款'),
  art77: cite('GDPR Art. 77', 'GDPR第77条'),
};

/** The same article of the UK GDPR, which keeps the GDPR's numbering for these items. */
export function ukGdpr(citations: readonly Citation[]): Citation[] {
  return citations.map((c) => cite(c.en.replace(/^GDPR/, 'UK GDPR'), c['zh-cn'].replace(/^(?:《通用数据保护条例》\(GDPR\)|GDPR)/, '英国GDPR')));
}

/** Basis entries for the `gdpr` and `uk-gdpr` groups: the same articles, plus any UK-only provisions. */
export function gdprBasis(citations: readonly Citation[], ukOnly: readonly Citation[] = []): { gdpr: Citation[]; 'uk-gdpr': Citation[] } {
  return { gdpr: [...citations], 'uk-gdpr': [...ukGdpr(citations), ...ukOnly] };
}

/** UK GDPR and the Data Protection Act 2018 as amended by the Data (Use and Access) Act 2025. */
export const UK_GDPR = {
  art6_1_ea: cite('UK GDPR Art. 6(1)(ea) and Annex 1', '英国GDPR第6条第1款(ea)项及附件1'),
  art8_1: cite('UK GDPR Art. 8(1)', '英国GDPR第8条第1款'),
  art22a: cite('UK GDPR Arts. 22A–22D', '英国GDPR第22A至22D条'),
  art27_1: cite('UK GDPR Art. 27(1)', '英国GDPR第27条第1款'),
  dpa164a: cite('DPA 2018 ss. 164A–164B', '英国《2018年数据保护法》第164A至164B条'),
  pecr6: cite('PECR reg. 6', '英国《隐私和电子通信条例》(PECR)第6条'),
};

/** ePrivacy Directive 2002/58/EC Art. 5(3), as amended by Directive 2009/136/EC. */
export const EPRIVACY_ART5_3 = cite('ePrivacy Directive Art. 5(3)', '《电子隐私指令》第5条第3款');

/** California Consumer Privacy Act as amended by the CPRA (Cal. Civ. Code §1798.100 ff.). */
export const CCPA = {
  s100_a_1: cite('Cal. Civ. Code §1798.100(a)(1)', '《加州消费者隐私法》(CCPA) §1798.100(a)(1)'),
  s100_a: cite('Cal. Civ. Code §1798.100(a)(1)–(3)', 'CCPA §1798.100(a)(1)–(3)'),
  s100_a_3: cite('Cal. Civ. Code §1798.100(a)(3)', 'CCPA §1798.100(a)(3)'),
  s105: cite('Cal. Civ. Code §1798.105', 'CCPA §1798.105'),
  s106: cite('Cal. Civ. Code §1798.106', 'CCPA §1798.106'),
  s110: cite('Cal. Civ. Code §1798.110', 'CCPA §1798.110'),
  s110_c: cite('Cal. Civ. Code §1798.110(c)', 'CCPA §1798.110(c)'),
  s115: cite('Cal. Civ. Code §1798.115', 'CCPA §1798.115'),
  s120_ab: cite('Cal. Civ. Code §1798.120(a)–(b)', 'CCPA §1798.120(a)–(b)'),
  s120_c: cite('Cal. Civ. Code §1798.120(c)', 'CCPA §1798.120(c)'),
  s121: cite('Cal. Civ. Code §1798.121', 'CCPA §1798.121'),
  s125_a_1: cite('Cal. Civ. Code §1798.125(a)(1)', 'CCPA §1798.125(a)(1)'),
  s125_b: cite('Cal. Civ. Code §1798.125(b)(2)–(3)', 'CCPA §1798.125(b)(2)–(3)'),
  s130_a_1: cite('Cal. Civ. Code §1798.130(a)(1)', 'CCPA §1798.130(a)(1)'),
  s130_a_2: cite('Cal. Civ. Code §1798.130(a)(2)(A)', 'CCPA §1798.130(a)(2)(A)'),
  s130_a_5: cite('Cal. Civ. Code §1798.130(a)(5)', 'CCPA §1798.130(a)(5)'),
  s130_a_5_B: cite('Cal. Civ. Code §1798.130(a)(5)(B)', 'CCPA §1798.130(a)(5)(B)'),
  s130_a_5_C: cite('Cal. Civ. Code §1798.130(a)(5)(C)', 'CCPA §1798.130(a)(5)(C)'),
  s135_a_1: cite('Cal. Civ. Code §1798.135(a)(1)', 'CCPA §1798.135(a)(1)'),
  s135_a_2: cite('Cal. Civ. Code §1798.135(a)(2)', 'CCPA §1798.135(a)(2)'),
  s135_b: cite('Cal. Civ. Code §1798.135(b)', 'CCPA §1798.135(b)'),
};

/**
 * CCPA Regulations (Cal. Code Regs. tit. 11 §7000 ff.). Sub-letters of §7011(e)(1)–(e)(3)(E) and
 * §§7014, 7016 are unverified, so they are cited by section only.
 */
export const CCPA_REGS = {
  s7011: cite('CCPA Regulations §7011', 'CCPA实施条例 §7011'),
  s7011_e_3_F_G: cite('CCPA Regulations §7011(e)(3)(F)–(G)', 'CCPA实施条例 §7011(e)(3)(F)–(G)'),
  s7011_e_3_I: cite('CCPA Regulations §7011(e)(3)(I)', 'CCPA实施条例 §7011(e)(3)(I)'),
  s7011_e_3_J: cite('CCPA Regulations §7011(e)(3)(J)', 'CCPA实施条例 §7011(e)(3)(J)'),
  s7011_e_4: cite('CCPA Regulations §7011(e)(4)', 'CCPA实施条例 §7011(e)(4)'),
  s7011_e_5: cite('CCPA Regulations §7011(e)(5)', 'CCPA实施条例 §7011(e)(5)'),
  s7012_a: cite('CCPA Regulations §7012(a)', 'CCPA实施条例 §7012(a)'),
  s7013: cite('CCPA Regulations §7013', 'CCPA实施条例 §7013'),
  s7014: cite('CCPA Regulations §7014', 'CCPA实施条例 §7014'),
  s7016: cite('CCPA Regulations §7016', 'CCPA实施条例 §7016'),
  s7021: cite('CCPA Regulations §7021(a)–(b)', 'CCPA实施条例 §7021(a)–(b)'),
  s7025: cite('CCPA Regulations §7025', 'CCPA实施条例 §7025'),
  s7070_7072: cite('CCPA Regulations §§7070–7072', 'CCPA实施条例 §§7070–7072'),
  s7102_a: cite('CCPA Regulations §7102(a)', 'CCPA实施条例 §7102(a)'),
};

/** COPPA Rule, 16 CFR Part 312, with the 2025 numbering of the online notice (§312.4(d)(1)–(5)). */
export const COPPA = {
  s312_2: cite('16 CFR 312.2', '美国《儿童在线隐私保护规则》(COPPA) 16 CFR 312.2'),
  s312_4_a: cite('16 CFR 312.4(a)', 'COPPA 16 CFR 312.4(a)'),
  s312_4_b: cite('16 CFR 312.4(b)', 'COPPA 16 CFR 312.4(b)'),
  s312_4_d: cite('16 CFR 312.4(d)', 'COPPA 16 CFR 312.4(d)'),
  s312_4_d_1: cite('16 CFR 312.4(d)(1)', 'COPPA 16 CFR 312.4(d)(1)'),
  s312_4_d_2: cite('16 CFR 312.4(d)(2)', 'COPPA 16 CFR 312.4(d)(2)'),
  s312_4_d_5: cite('16 CFR 312.4(d)(5)', 'COPPA 16 CFR 312.4(d)(5)'),
  s312_5: cite('16 CFR 312.5', 'COPPA 16 CFR 312.5'),
  s312_6: cite('16 CFR 312.6', 'COPPA 16 CFR 312.6'),
  s312_7: cite('16 CFR 312.7', 'COPPA 16 CFR 312.7'),
  s312_10: cite('16 CFR 312.10', 'COPPA 16 CFR 312.10'),
};
