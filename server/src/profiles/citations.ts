import type { Citation } from '../types';

/**
 * Legal citations shown in diagnostics. Article numbers appear only where the requirements
 * catalogue marks the source verified ([V]); sources it marks [M] are cited by instrument only.
 * Chinese forms follow common practice: 《法律简称》第N条.
 */
function cite(en: string, zh: string): Citation {
  return { en, 'zh-cn': zh };
}

export const PIPL = {
  art6: cite('PIPL Art. 6', '《个人信息保护法》第6条'),
  art13: cite('PIPL Art. 13', '《个人信息保护法》第13条'),
  art14: cite('PIPL Art. 14', '《个人信息保护法》第14条'),
  art15: cite('PIPL Art. 15', '《个人信息保护法》第15条'),
  art16: cite('PIPL Art. 16', '《个人信息保护法》第16条'),
  art17_1_ii: cite('PIPL Art. 17(1)(ii)', '《个人信息保护法》第17条第1款第(二)项'),
  art28: cite('PIPL Art. 28', '《个人信息保护法》第28条'),
  art31: cite('PIPL Art. 31', '《个人信息保护法》第31条'),
  art50: cite('PIPL Art. 50', '《个人信息保护法》第50条'),
};

export const CSL = {
  /** Art. 41 before the 2026-01-01 renumbering. */
  art43: cite('Cybersecurity Law Art. 43', '《网络安全法》第43条'),
  /** Art. 49 before the 2026-01-01 renumbering. */
  art51: cite('Cybersecurity Law Art. 51', '《网络安全法》第51条'),
};

export const NDSR = {
  art20: cite('Network Data Security Management Regulations Art. 20', '《网络数据安全管理条例》第20条'),
  art21: cite('Network Data Security Management Regulations Art. 21', '《网络数据安全管理条例》第21条'),
  art22_3: cite('Network Data Security Management Regulations Art. 22(3)', '《网络数据安全管理条例》第22条第(三)项'),
};

/** CAC/MIIT/MPS/SAMR 2019 Methods for identifying unlawful collection and use of personal information by apps. */
export const CAC_METHODS = {
  s2_1: cite('CAC 2019 Methods §2(1)', '《App违法违规收集使用个人信息行为认定方法》第二类第1项'),
  s4_5: cite('CAC 2019 Methods §4(5)', '《App违法违规收集使用个人信息行为认定方法》第四类第5项'),
  s6_5: cite('CAC 2019 Methods §6(5)', '《App违法违规收集使用个人信息行为认定方法》第六类第5项'),
};

export const SELF_ASSESSMENT = {
  item7: cite('App Self-Assessment Guide (2019) item 7', '《App违法违规收集使用个人信息自评估指南》第7项'),
};

export const GBT35273 = {
  s8_8: cite('GB/T 35273-2020 §8.8', 'GB/T 35273-2020 第8.8条'),
};

/** MIIT Order No. 24 (2013): article number unverified, so cited without it. */
export const MIIT_ORDER_24 = cite('MIIT Order No. 24 (2013)', '《电信和互联网用户个人信息保护规定》（工业和信息化部令第24号）');

export const MINORS_PROTECTION_LAW = {
  art72: cite('Minors Protection Law Art. 72', '《未成年人保护法》第72条'),
};

export const CHILDREN_PROVISIONS = {
  art9: cite("Children's Personal Information Provisions Art. 9", '《儿童个人信息网络保护规定》第9条'),
  art10_5: cite("Children's Personal Information Provisions Art. 10(5)", '《儿童个人信息网络保护规定》第10条第(五)项'),
};
