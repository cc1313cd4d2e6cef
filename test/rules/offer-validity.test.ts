import assert from 'node:assert/strict';
import { lint } from '../../src/index.js';
import { findDates, isoDay } from '../../src/engine/dates.js';
import { only, ruleTester } from '../helpers.js';

ruleTester('offer-validity', {
  valid: [
    { name: "a change order under a letterhead heading amends the contract: no validity of its own", code: "# WEBB COMMERCIAL ROOFING, LLC\n\n## CHANGE ORDER #1\n\n| Item | Amount |\n|---|---:|\n| Extra insulation | $8,400 |\n| Flashing | $1,200 |\n\nContract: Quote Q-26-0417, accepted 5/12/2026.\n" },
    { name: "「入札書記載金額の内訳」は入札の規定に従い、有効期限を求めない", code: "# 価格内訳書\n\n本書は、入札書記載金額の内訳を示すものである。\n\n| 項目 | 金額（円・税別） |\n|---|---:|\n| 機器費 | 8,200,000 |\n| 工事費 | 2,400,000 |\n| 合計 | 10,600,000 |\n" },
    { name: "a breakdown of our tender sum follows the tender's rules on validity", code: "# Pricing schedule\n\nThis is the breakdown of our tender sum for Lot 2.\n\n| Item | Amount |\n|---|---:|\n| Guarding | £820,000 |\n| Events | £24,000 |\n| Total | £844,000 |\n" },
    { name: "\"this quote's good till the end of October\" is a validity period", code: "# Quote: kitchen for 14 Grove Lane\n\n| Item | Price |\n|---|---:|\n| Units | £8,200 |\n| Worktops | £2,400 |\n\nAny questions give me a ring. This quote's good till the end of October (materials prices keep moving).\n" },
    { name: "「本見積は10月末まで有効です」は有効期限", code: "# 御見積書\n\n| 品名 | 金額 |\n|---|---:|\n| キッチン本体 | 820,000円 |\n| 天板 | 240,000円 |\n\n本見積は10月末まで有効です（材料価格の変動のため）。\n" },
    { name: "「2027年4月1日より適用」と書いた料金表", code: "# 翻訳料金表（2027年度）\n\n本料金は2027年4月1日より適用いたします。\n\n| 区分 | 単価（税別） |\n|---|---:|\n| 和訳（英日） | 原文1ワード 18円 |\n| 英訳（日英） | 原文1文字 14円 |\n" },
    { name: "\"rates apply from … to …\" bounds a rate card", code: "# Rate card 2027\n\nThese rates apply from 1 April 2027 to 31 March 2028.\n\n| Service | Rate |\n|---|---:|\n| Translation | $0.14 per word |\n| Review | $65 per hour |\n" },
    { name: "「適用期間」のある料金表は期間で区切られている", code: "# 翻訳料金表（2027年度）\n\n適用期間：2027年4月1日～2028年3月31日\n\n| 区分 | 単価（税別） |\n|---|---:|\n| 和訳（英日） | 原文1ワード 18円 |\n| 英訳（日英） | 原文1文字 14円 |\n" },
    { name: "「2024年4月の明示ルール」は過去の制度の日付で、予定日ではない", code: "---\ndate: 2026-08-20\n---\n\n# 労務顧問のご提案\n\n## 顧問料\n\n月額44,000円（税込）です。\n\n## サービス\n\n- **ひな形整備**：2024年4月の明示ルールに合わせたひな形を、顧問契約の開始時に無償でお作りします。\n" },
    { name: "\"the April 2024 rules\" date a rule, not the start", code: "---\ndate: 2026-08-20\n---\n\n# Proposal for Acme\n\n## Fees\n\n$4,000 a month.\n\n## Services\n\n- Templates updated to the April 2024 rules, prepared free when the contract starts.\n" },
    { name: "「（令和8年4月改訂版）」と版を示す料金表", code: "# 料金表（令和8年4月改訂版）\n\n## 基本料金\n\n| 区分 | 料金 |\n|---|---:|\n| 更地 | 250,000円 |\n| 戸建住宅 | 280,000円 |\n" },
    { name: "「日程を仮押さえしておりますので…までに」は見積の期限", code: "# お見積書\n\n| 項目 | 金額（税込） |\n|---|---:|\n| キッチン | 2,840,000円 |\n| 洗面所 | 620,000円 |\n\n2月第1週の日程を仮押さえしておりますので、10月31日までにご連絡ください。\n" },
    { name: "「工期の枠を押さえるため10月31日までに」は見積の期限", code: "# お見積書\n\n| 項目 | 金額（税込） |\n|---|---:|\n| キッチン | 2,840,000円 |\n| 洗面所 | 620,000円 |\n\n2月第1週の工期の枠を押さえるため、10月31日までにご連絡ください。\n" },
    { name: "needing to hear by a date to hold the slot bounds the quote", code: "# Quote: kitchen and utility room\n\n| Item | Price |\n|---|---:|\n| Kitchen | £28,400 |\n| Utility | £6,200 |\n\nThe slot I pencilled in is the week of 1 February; I'd need to hear by 31 October to hold it.\n" },
    { name: "「（令和8年10月版）」と版を示す報酬基準表は次の版まで有効", code: "# 担保不動産評価 報酬基準表（令和8年10月版）\n\n株式会社駿河中央銀行 審査部 御中\n\n## 1. 基本報酬\n\n| 物件種別 | 報酬 |\n|---|---:|\n| 更地 | 250,000円 |\n| 戸建住宅 | 280,000円 |\n" },
    { name: "a fee schedule that names its edition holds until the next one", code: "# Fee schedule, 2027 edition\n\nHarbour Bank, Credit Risk\n\n## Basic fees\n\n| Property | Fee |\n|---|---:|\n| Land | £2,500 |\n| House | £2,800 |\n" },
    { name: "an order-by date bounds the quote", code: "# Quotation Q-2026-220\n\n**Date:** 20 November 2026\n\n| Item | Amount |\n|---|---|\n| Extra seats | £6,000 |\n\nTo be ready for 5 January, please order by 8 December 2026.\n" },
    { name: "「12月8日までにご発注のご判断」は見積の期限", code: "# 増席のお見積り\n\n発行日：2026年11月20日\n\n| 項目 | 金額 |\n|---|---|\n| 増席 | 288,000円 |\n\n1月5日に間に合わせるには **12月8日まで** にご発注のご判断をいただく必要がございます。\n" },
    { name: "an ÄTA amends the contract and needs no validity", code: "# ÄTA 01: Glazed fronts\n\n**Date:** 2026-11-20\n\n| Item | Amount |\n|---|---|\n| Glazed fronts | SEK 184,000 |\n" },
    { name: "a variation order amends the signed contract", code: "# Variation VO-01: floor survey results\n\n**Date:** 20 November 2026\n\nQuotation no. Q-2026-118 (variation to contract K-114)\n\n| Item | Amount |\n|---|---|\n| Floor grinding, aisles 4–6 | €8,400 |\n" },
    { name: "a cover letter sending a revised quote", code: "# Cover letter: revised quotation Q-118\n\n**Date:** 1 December 2026\n\nPlease find enclosed our revised quotation.\n\n| Item | Amount |\n|---|---|\n| Added survey visits | £3,000 |\n" },
    { name: "「変更見積のご案内」の送付状には有効期限は要らない", code: "株式会社サンプル\n工事部長　高橋 誠 様\n\n**工期変更に伴う変更見積のご案内**\n\n下記のとおり変更見積書をお送りいたしますので、ご査収くださいますようお願い申し上げます。\n\n■ 送付書類\n\n- 変更見積書　1部\n\n■ 変更金額\n\n- 増額：495,000円（税別）\n" },
    { name: "a booking confirmation needs no validity period", code: "# Booking Confirmation (Revised Dates)\n\n**Date:** 27 November 2026\n\n| Day | Fee |\n|---|---|\n| 8 March 2027 | £900 |\n| 9 March 2027 | £900 |\n" },
    { name: "注文請書に有効期限は要らない", code: "# 注文請書\n\n発行日：2026年11月27日\n\n株式会社サンプル 御中\n\n| 品名 | 金額 |\n|---|---|\n| 保守 | 120,000円 |\n" },
    { name: "a month compared with the contract's start is no plan", code: "---\ndate: 2026-11-25\n---\n\n# Price revision\n\n## Why\n\nDiesel prices have risen 12% compared with the contract signature in September 2026.\n" },
    { name: "「ご契約時（2026年9月）と比べて」は予定ではない", code: "---\ndate: 2026-11-25\n---\n\n# 単価改定のご案内\n\n## 改定の理由\n\n軽油価格も、ご契約時（2026年9月）と比べて12%上昇しております。\n" },
    { name: "a final offer citing a quote number needs no quote validity", code: "# Final Offer — Selling Value, Not Price\n\n**Quote DF-2026-041** · 24 November 2026\n\n## What changes\n\nFour cohorts at $17,000 each.\n" },
    { name: "「お見積りのご検討状況について」は見積書ではない", code: "**件名：お見積りのご検討状況について**\n\n有限会社 平川建設\n専務取締役　平川 由美子 様\n\n先日お送りしたお見積り（月額80,300円・税込）について、ご検討状況を伺えればと存じます。\n" },
    { name: "the date of the purchase order already placed is no start date", code: "# Training plan for Shimanami Bank\n\n14 September 2026\n\n## Overview\n\n| Item | Detail |\n|---|---|\n| Period | 1 October to 27 November 2026 |\n| Contract | As per the purchase order dated 28 August 2026 |\n" },
    { name: "「2026年8月28日付 ご発注書」は既にある書面の日付", code: "# 研修実施計画書\n\n2026年9月14日\n\n## 1. 研修の概要\n\n| 項目 | 内容 |\n|---|---|\n| 期間 | 2026年10月1日〜11月27日 |\n| ご契約 | 2026年8月28日付 貴社発注書のとおり |\n" },
    { name: "a final proposal that carries a quote number is a proposal", code: "# Vantage Software: Sales Kick-Off 2027\n\n**Final proposal from Quinlan Events** · Quote QE-2026-118 rev. 2\n\nThe budget is €1,884 per head.\n" },
    { name: "価格編に有効期限の記載がある", code: "# 次期システム 提案書【価格編】\n\n## 1. 費用総括\n\n総額 4,800万円（税別）。本見積の有効期限は2027年1月31日です。\n" },
    { name: "a month and a dash before the date end a period, no decision date", code: "# Proposal\n\n| Option | Period | Fee |\n|---|---|---|\n| First half, then decide | January–June 2027 | £29,700 |\n\n| When | What |\n|---|---|\n| 11 January 2027 | Kick-off |\n" },
    { name: "「1月〜6月」の終わりの日付は判断の日ではない", code: "# ご提案\n\n| 案 | 期間 | 費用 |\n|---|---|---|\n| 上期のみ、その後ご判断 | 2027年1月〜6月 | 297万円 |\n\n| 時期 | 内容 |\n|---|---|\n| 2027年1月11日 | キックオフ |\n" },
    { name: 'signing off a glossary is no decision on the offer', code: '---\ndate: 2026-11-24\n---\n\n# Proposal\n\n## Timeline\n\n| When | What |\n|---|---|\n| Week of 5 Jan 2027 | Kick-off, glossary drafted |\n| 19 Jan 2027 | You sign off the glossaries |\n' },
    { name: '「10月末時点」の実績は予定日ではない', code: '---\ndate: 2026-11-25\n---\n\n# ご提案書\n\n## 導入実績\n\n- 稼働社数：52社（2026年10月末時点）\n' },
    { name: 'a quote valid after its date, the decision before the kick-off', code: '---\ndate: 2026-11-12\n---\n\n# Quotation Q-26-1187\n\nValid until 2026-12-12.\n\n## Next steps\n\n- Decision by 4 December 2026\n- Kick-off on 11 January 2027\n' },
    { name: '有効期限と日程が書類の日付より後（年のない日付は文脈から）', code: '# 御見積書\n\n発行日：2026年12月1日\n\n有効期限：2026年12月28日\n\n## 今後の進め方\n\n- 12月15日 ご契約\n- 2027年1月12日 導入開始\n' },
    { name: 'a validity counted from a date is no expiry', code: '---\ndate: 2026-11-12\n---\n\n# Quotation\n\nPrices are valid for 30 days from 1 November 2026.\n' },
    { name: 'the current term is history, not the offer', code: '---\ndate: 2026-11-24\n---\n\n# Renewal proposal\n\nYour current term runs April 1, 2025 to March 31, 2026.\n' },
    { name: 'a pilot before the decision on the full rollout is the plan', code: '---\ndate: 2026-11-24\n---\n\n# Proposal\n\n## Timeline\n\n- Pilot starts 1 December 2026\n- Decision on the full rollout by 31 January 2027\n' },
    { name: 'without a document date or today, nothing is past', code: '# Proposal\n\nValid until 2026-10-31.\n' },
    { name: '見積日より30日の有効期間', code: '# 見積書\n\n見積日：2026年11月18日\n\n有効期間：見積日より30日\n' },
    { name: 'a certificate valid until a past date is not the offer', code: '---\ndate: 2026-11-12\n---\n\n# Proposal\n\n## Why us\n\nOur ISO 27001 certificate is valid until 2026-10-31; the renewal audit is booked.\n' },
    { name: "the client's fiscal year starting is no start of the work", code: '---\ndate: 2026-11-24\n---\n\n# Proposal\n\nYour fiscal year starts on 1 April 2026, so the budget is set.\n' },
    { name: 'a decision outside the offer (a regulator)', code: '---\ndate: 2026-11-24\n---\n\n# Proposal\n\n## Background\n\nThe FDA decision on the new labelling rule came in March 2026.\n\n## Next steps\n\n- Kick-off on 11 January 2027\n' },
    { name: 'a schedule row near the top is not the document date', code: '# Proposal\n\n| When | Step |\n|---|---|\n| 2027-02-01 | Final report delivered |\n| 2027-01-10 | Kick-off of the project |\n' },
    { name: '年度の開始は作業の開始ではない', code: '# ご提案\n\n作成日：2026年11月20日\n\n貴社の新年度は2026年4月1日に始まり、予算は確定済みです。\n' },
  ],
  invalid: [
    { name: "「保証の適用期間」は見積の有効期限ではない", code: "# 御見積書\n\n| 品名 | 金額（税別） |\n|---|---:|\n| 空調機更新 | 4,800,000円 |\n\n保証の適用期間は引渡し後1年間です。\n", errors: [{"line": 1, "column": 1, "messageId": "noValidity", "data": {}}] },
    { name: "「新しい運用ルールでの稼働」は作業の開始で、ルールの日付ではない", code: "---\ndate: 2026-08-20\n---\n\n# システム運用のご提案\n\n## 費用\n\n月額44,000円（税込）です。\n\n## 日程\n\n- 2025年4月から新しい運用ルールでの稼働を開始します。\n", errors: [{"line": 13, "column": 3, "messageId": "beforeDocument", "data": {"date": "2025年4月", "docDate": "2026-08-20"}}] },
    { name: "顧問契約の開始が2024年4月なら本書の日付より前", code: "---\ndate: 2026-08-20\n---\n\n# 労務顧問のご提案\n\n## 顧問料\n\n月額44,000円（税込）です。\n\n## サービス\n\n- **開始**：顧問契約の開始は2024年4月とします。\n", errors: [{"line":13,"column":18,"messageId":"beforeDocument","data":{"date":"2024年4月","docDate":"2026-08-20"}}] },
    { name: "「ご不明な点は10月31日までに」は見積の有効期限にはならない", code: "# お見積書\n\n| 項目 | 金額（税込） |\n|---|---:|\n| キッチン | 2,840,000円 |\n| 洗面所 | 620,000円 |\n\nご不明な点は10月31日までにご連絡ください。\n", errors: [{"line":1,"column":1,"messageId":"noValidity","data":{}}] },
    { name: "hearing back with no hold is no validity", code: "# Quote: kitchen and utility room\n\n| Item | Price |\n|---|---:|\n| Kitchen | £28,400 |\n| Utility | £6,200 |\n\nHope to hear back by 31 October.\n", errors: [{"line":1,"column":1,"messageId":"noValidity","data":{}}] },
    { name: "a fee schedule without an edition or a validity date", code: "# Fee schedule: valuation services for Harbour Bank\n\n## Basic fees\n\n| Property | Fee |\n|---|---:|\n| Land | £2,500 |\n| House | £2,800 |\n", errors: [{"line":1,"column":1,"messageId":"noValidity","data":{}}] },
    { name: "版のない「報酬基準表」には有効期限が要る", code: "# 担保不動産評価 報酬基準表\n\n株式会社駿河中央銀行 審査部 御中\n\n## 1. 基本報酬\n\n| 物件種別 | 報酬 |\n|---|---:|\n| 更地 | 250,000円 |\n| 戸建住宅 | 280,000円 |\n", errors: [{"line":1,"column":1,"messageId":"noValidity","data":{}}] },
    { name: "a date with no order on it is no validity", code: "# Quotation Q-2026-221\n\n**Date:** 20 November 2026\n\n| Item | Amount |\n|---|---|\n| Extra seats | £6,000 |\n\nTraining starts on 5 January 2027.\n", errors: [{"line":1,"column":1,"messageId":"noValidity","data":{}}] },
    { name: "「1月5日から稼働します」だけでは有効期限にならない", code: "# 御見積書\n\n発行日：2026年11月20日\n\n| 項目 | 金額 |\n|---|---|\n| 増席 | 288,000円 |\n\n1月5日から稼働します。\n", errors: [{"line":1,"column":1,"messageId":"noValidity","data":{}}] },
    { name: "a variation quotation still needs a validity period", code: "# Variation Quotation V01: LP receiver replacement\n\n**Date:** 20 November 2026\n\n| Item | Amount |\n|---|---|\n| LP receiver | €18,400 |\n", errors: [{"line":1,"column":1,"messageId":"noValidity","data":{}}] },
    { name: "「変更見積書」には有効期限が要る", code: "# 変更見積書\n\n発行日：2026年11月20日\n\n| 項目 | 金額 |\n|---|---|\n| 追加測量 | 495,000円 |\n", errors: [{"line":1,"column":1,"messageId":"noValidity","data":{}}] },
    { name: "a tender's cost annex with no validity", code: "# Annex B: Cost Annex\n\n## B.1 Prices\n\n| Item | Price |\n|---|---|\n| Platform | £42,000 |\n", errors: [{"line":1,"column":1,"messageId":"noValidity","data":{}}] },
    { name: "価格編に有効期限がない", code: "# 次期システム 提案書【価格編】\n\n## 1. 費用総括\n\n総額 4,800万円（税別）。\n", errors: [{"line":1,"column":1,"messageId":"noValidity","data":{}}] },
    { name: 'a kick-off before the contract signature', code: '---\ndate: 2026-11-24\n---\n\n# Proposal\n\n## Timeline\n\n| When | What |\n|---|---|\n| 5 Jan 2027 | Kick-off |\n| 19 Jan 2027 | Contract signature |\n', errors: [{ line: 11, column: 3, messageId: 'order', data: { start: '5 Jan 2027', decision: '19 Jan 2027' } }] },
    { name: 'a validity date before the document date', code: '---\ndate: 2026-11-12\n---\n\n# Quotation Q-26-1187\n\nValid until 2026-10-31.\n', errors: [{ line: 7, column: 13, endColumn: 23, messageId: 'validityBeforeDocument', data: { date: '2026-10-31', docDate: '2026-11-12' } }] },
    { name: 'a quote without a validity period', code: '---\ndate: 2026-11-12\n---\n\n# Quotation Q-26-1187\n\n| Item | Fee |\n|---|---|\n| Audit | $10,000 |\n', errors: [{ line: 5, column: 1, messageId: 'noValidity', data: {} }] },
    { name: '有効期限のない見積書', code: '# 御見積書\n\n発行日：2026年12月1日\n\n| 項目 | 金額 |\n|---|---|\n| 保守 | 120万円 |\n', errors: [{ line: 1, column: 1, messageId: 'noValidity', data: {} }] },
    { name: 'a proposed term that began before the letter', code: '---\ndate: 2026-11-24\n---\n\n# Rate renewal proposal\n\n## Term\n\nThis proposal covers the period April 1, 2026 to March 31, 2027.\n', errors: [{ line: 9, column: 33, endColumn: 46, messageId: 'beforeDocument', data: { date: 'April 1, 2026', docDate: '2026-11-24' } }] },
    { name: 'スケジュールの掲載開始が書類の日付（表紙の日付）より前', code: '# 年間契約のご提案\n\n2026年11月26日\n\n## スケジュール\n\n| 時期 | 内容 |\n| --- | --- |\n| 12月中旬 | ご契約 |\n| 2026年1月 | 掲載開始 |\n', errors: [{ line: 10, column: 3, endColumn: 10, messageId: 'beforeDocument', data: { date: '2026年1月', docDate: '2026年11月26日' } }] },
    { name: 'the agreement starts before the decision month', code: '---\ndate: 2026-11-26\n---\n\n# Supply proposal\n\nWe propose a 3-year supply agreement (2027-01-01 to 2029-12-31).\n\n## Next steps\n\n| Step | Owner | Date |\n|---|---|---|\n| Sourcing committee decision | Client | Jan 2027 |\n', errors: [{ line: 7, column: 39, endColumn: 49, messageId: 'order', data: { start: '2027-01-01', decision: 'Jan 2027' } }] },
    { name: '令和の日付：作業開始がご発注より前', code: '# ご提案\n\n作成日：令和8年11月20日\n\n## 今後の進め方\n\n- 令和8年12月10日 ご発注\n- 令和8年12月1日 作業開始\n', errors: [{ line: 8, column: 3, endColumn: 12, messageId: 'order', data: { start: '令和8年12月1日', decision: '令和8年12月10日' } }] },
  ],
});

describe('offer-validity against today', () => {
  const today = { ...only('offer-validity'), today: '2026-12-01' };
  it('an offer past its validity today, in full-width digits', () => {
    const [f] = lint('# 御見積書\n\n発行日：２０２６年１１月１日\n\n有効期限：２０２６年１１月３０日\n', today);
    assert.deepEqual([f!.line, f!.column, f!.messageId, f!.data], [5, 6, 'validityExpired', { date: '２０２６年１１月３０日', today: '2026年12月1日' }]);
    assert.equal(f!.message, '有効期限の２０２６年１１月３０日を過ぎています（本日2026年12月1日）。期限を更新するか、再発行してください。');
  });
  it('a validity date still to come today says nothing', () => {
    assert.deepEqual(lint('---\ndate: 2026-11-12\n---\n\n# Quotation Q-26-1187\n\nValid until Dec 12, 2026.\n', today), []);
  });
  it('a decision date passed today', () => {
    const [f] = lint('# Proposal\n\n## Next steps\n\n- Decision by 20 November 2026\n', today);
    assert.deepEqual([f!.line, f!.column, f!.messageId, f!.message], [5, 15, 'passed', '20 November 2026 has already passed (today is 2026-12-01). Update the date.']);
  });
  it('rejects a today that is not YYYY-MM-DD', () => {
    assert.throws(() => lint('# P\n', { today: '12/01/2026' }), /Option "today" must be a date as YYYY-MM-DD/);
    assert.throws(() => lint('# P\n', { today: '2026-02-30' }), /Option "today"/);
  });
});

describe('dates as people write them', () => {
  const read = (t: string) => findDates(t).map((d) => (d.yearless ? `${d.month}/${d.days!.join('-')}` : `${isoDay(d.first)}..${isoDay(d.last)}`));
  it('reads each form', () => {
    assert.deepEqual(read('2026-12-01, 1 December 2026, Dec 1, 2026, Dec. 1st 2026'), ['2026-12-01..2026-12-01', '2026-12-01..2026-12-01', '2026-12-01..2026-12-01', '2026-12-01..2026-12-01']);
    assert.deepEqual(read('2026年12月1日、令和8年12月1日、令和元年5月1日、２０２６年１２月'), ['2026-12-01..2026-12-01', '2026-12-01..2026-12-01', '2019-05-01..2019-05-01', '2026-12-01..2026-12-31']);
    assert.deepEqual(read('12月1日、12月中旬、December 2026'), ['12/1-1', '12/11-20', '2026-12-01..2026-12-31']);
  });
  it('reads no impossible or ambiguous date', () => {
    assert.deepEqual(read('2026-02-30, 01/12/2026, 3か月, version 2026.1'), []);
  });
});
