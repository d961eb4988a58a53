//! Properties over every input: no text makes a parser panic, no scenario within the caps makes compute panic,
//! and the exact metrics give back exactly what went in.

// Test code: a panic or an overflow here is a failing test, not a dead page.
#![allow(clippy::arithmetic_side_effects, clippy::unwrap_used, clippy::indexing_slicing)]

use std::cmp::Ordering;

use adcredit_core::credits::Offer;
use adcredit_core::kept;
use adcredit_core::link::{self, LinkScenario};
use adcredit_core::parse::{parse_count_in, parse_money_in, Reading, MAX_COUNT, MAX_DAYS, MAX_MONEY};
use adcredit_core::schema::{decode, decode_draft, encode, DraftState};
use adcredit_core::wallet::{Grant, Source};
use adcredit_core::{
    display, evaluate, parse_count, parse_money, Budget, Currency, Decimal, Draft, Inputs, Metric, Metrics, OfferPlan,
    Plan, Ratio, Scenario,
};
use adcredit_core::{Library, Saved};
use proptest::prelude::*;

fn currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(Currency::ALL.to_vec())
}

/// Money within the cap, with at most the currency's minor units.
fn money(currency: Currency) -> impl Strategy<Value = Decimal> {
    let scale = currency.minor_units();
    let max_mantissa = MAX_MONEY.mantissa() * 10_i128.pow(scale);
    (0..=max_mantissa).prop_map(move |m| Decimal::from_i128_with_scale(m, scale))
}

fn scenario() -> impl Strategy<Value = Scenario> {
    currency().prop_flat_map(|currency| {
        let counts = (0..=MAX_COUNT, 0..=MAX_COUNT, 0..=MAX_COUNT);
        let budget = (
            prop::option::of(money(currency)),
            prop::option::of(money(currency)),
            prop::option::of(money(currency)),
            prop::option::of(0..=MAX_DAYS),
        )
            .prop_map(|(campaign_daily, ad_group_daily, ad_group_lifetime, schedule_days)| Budget {
                campaign_daily,
                ad_group_daily,
                ad_group_lifetime,
                schedule_days,
            });
        // Days from 1970 to 9999 (the dates a grant may have), expiring 1 to 400 days after receipt.
        let grant =
            (prop::sample::select(Source::ALL.to_vec()), money(currency), 0_i64..=2_900_000, 1_i64..=400).prop_map(
                |(source, amount, received, length)| Grant { source, amount, received, expires: received + length },
            );
        let tier = (money(currency), money(currency)).prop_map(|(spend, credit)| Offer { spend, credit });
        let offer = (
            prop::collection::vec(tier, 0..3),
            prop::option::of(0..=MAX_DAYS),
            prop::option::of((0_i64..=10_000).prop_map(|p| Decimal::new(p, 2))),
            prop::option::of(money(currency)),
        )
            .prop_map(|(tiers, window_days, used_percent, cash)| OfferPlan {
                tiers,
                window_days,
                used_percent,
                cash,
            });
        let percent = || prop::option::of((0_i64..=10_000).prop_map(|p| Decimal::new(p, 2)));
        let profit = (prop::option::of(money(currency)), percent(), percent());
        let plan = (
            prop::option::of(money(currency)),
            prop::option::of(money(currency)),
            percent(),
            percent(),
            prop::option::of(money(currency)),
        )
            .prop_map(|(budget, cpm, ctr, cvr, aov)| Plan { budget, cpm, ctr, cvr, aov });
        (
            money(currency),
            counts,
            prop::option::of(money(currency)),
            budget,
            prop::collection::vec(grant, 0..3),
            offer,
            (profit, plan),
        )
            .prop_map(
                move |(credits, (impressions, clicks, conversions), spend, budget, grants, offer, (profit, plan))| {
                    let (revenue, margin, target_profit) = profit;
                    Scenario {
                        currency,
                        credits,
                        impressions,
                        clicks,
                        conversions,
                        revenue,
                        spend,
                        budget,
                        grants,
                        offer,
                        margin,
                        target_profit,
                        plan,
                    }
                },
            )
    })
}

/// Text shaped like what people type: digits, separators, symbols, letters, signs, spaces.
fn typed() -> impl Strategy<Value = String> {
    prop::string::string_regex(r"[0-9.,' \u{a0}$€¥kKmMbB+\-−a-z１]{0,40}").unwrap()
}

/// Text built from the pieces amounts are typed with in every language: digits in three scripts, separators,
/// currency signs, the words for thousand, million, billion, and the marks copied text carries.
fn typed_in_any_language() -> impl Strategy<Value = String> {
    #[rustfmt::skip]
    const PIECES: [&str; 52] = [
        "1", "15", "500", "0", "٥", "۱", "１", ",", ".", "٫", "٬", "，", " ", "'", "-", ",-", "$", "Rp", "Rp.", "đ",
        "円", "¥", "R$", "k", "M", "m", "MM", "b", "B", "mil", "mi", "bi", "jt", "rb", "juta", "tr", "triệu", "tỷ",
        "ty", "万", "億", "兆", "千", "ألف", "مليون", "millones", "milhões", "mil millones", "\u{200f}", "\u{301}", "%",
        "x",
    ];
    prop::collection::vec(prop::sample::select(PIECES.to_vec()), 0..8).prop_map(|pieces| pieces.concat())
}

fn reading() -> impl Strategy<Value = Reading> {
    prop::sample::select(Reading::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn no_text_in_any_language_makes_a_parser_panic_or_exceed_the_caps(
        text in typed_in_any_language(),
        currency in currency(),
        reading in reading(),
    ) {
        if let Ok(v) = parse_money_in(&text, currency, reading) {
            prop_assert!(v >= Decimal::ZERO && v <= MAX_MONEY);
            prop_assert!(v.normalize().scale() <= currency.minor_units());
        }
        if let Ok(n) = parse_count_in(&text, reading) {
            prop_assert!(n <= MAX_COUNT);
        }
    }

    /// The page's language changes a reading only through `M`: where two readings both accept a text, they agree,
    /// or one is Indonesian (`M` a *miliar*) and reads it a thousand times larger.
    #[test]
    fn readings_disagree_only_on_the_indonesian_m(text in typed_in_any_language(), (a, b) in (reading(), reading())) {
        if let (Ok(x), Ok(y)) = (parse_money_in(&text, Currency::Usd, a), parse_money_in(&text, Currency::Usd, b)) {
            let miliar = |r, v: Decimal, w: Decimal| r == Reading::Indonesian && v == w * Decimal::ONE_THOUSAND;
            prop_assert!(
                x == y || miliar(a, x, y) || miliar(b, y, x),
                "{:?}: {:?} on the {:?} reading, {:?} on the {:?}", text, x, a, y, b
            );
        }
    }

    #[test]
    fn any_text_on_any_reading_never_panics(text in any::<String>(), currency in currency(), reading in reading()) {
        let _ = parse_money_in(&text, currency, reading);
        let _ = parse_count_in(&text, reading);
    }

    #[test]
    fn no_text_makes_a_parser_panic(text in any::<String>(), currency in currency()) {
        let _ = parse_money(&text, currency);
        let _ = parse_count(&text);
    }

    #[test]
    fn no_typed_text_makes_a_parser_panic_or_exceed_the_caps(text in typed(), currency in currency()) {
        if let Ok(v) = parse_money(&text, currency) {
            prop_assert!(v >= Decimal::ZERO && v <= MAX_MONEY);
            prop_assert!(v.normalize().scale() <= currency.minor_units());
        }
        if let Ok(n) = parse_count(&text) {
            prop_assert!(n <= MAX_COUNT);
        }
    }

    #[test]
    fn no_scenario_within_the_caps_makes_compute_panic(s in scenario()) {
        let metrics = Metrics::compute(&Inputs::from(&s));
        for metric in Metric::ALL {
            let _ = metrics.shown(metric);
        }
    }

    #[test]
    fn cpc_times_clicks_is_the_spend_exactly(s in scenario()) {
        let metrics = Metrics::compute(&Inputs::from(&s));
        match metrics.cpc {
            Ok(cpc) => {
                let back = cpc.checked_mul(Decimal::from(s.clicks)).unwrap();
                prop_assert_eq!(back.cmp_exact(&Ratio::from(s.spend.unwrap_or(s.credits))), Some(Ordering::Equal));
            }
            Err(_) => prop_assert_eq!(s.clicks, 0),
        }
        if let Ok(cpa) = metrics.cost_per_conversion {
            let back = cpa.checked_mul(Decimal::from(s.conversions)).unwrap();
            prop_assert_eq!(back.cmp_exact(&Ratio::from(s.spend.unwrap_or(s.credits))), Some(Ordering::Equal));
        }
    }

    /// The shown CPC is within half a minor unit of the exact one, and is zero only when the spend is.
    #[test]
    fn shown_money_is_the_nearest_value(s in scenario()) {
        let metrics = Metrics::compute(&Inputs::from(&s));
        if let (Ok(cpc), Ok(shown)) = (metrics.cpc, metrics.shown(Metric::Cpc)) {
            let unit = Decimal::new(1, shown.scale());
            let error = Ratio::from(shown).checked_sub(cpc).unwrap().abs().checked_mul(Decimal::TWO).unwrap();
            prop_assert_ne!(error.cmp_exact(&Ratio::from(unit)), Some(Ordering::Greater));
            prop_assert_eq!(shown.is_zero(), s.spend.unwrap_or(s.credits).is_zero());
        }
    }

    /// Typed text round-trips: a value printed plainly parses back to itself.
    #[test]
    fn printed_values_parse_back(s in scenario()) {
        prop_assert_eq!(parse_money(&s.credits.to_string(), s.currency), Ok(s.credits.normalize()));
        prop_assert_eq!(parse_count(&s.clicks.to_string()), Ok(s.clicks));
    }

    #[test]
    fn any_draft_evaluates(credits in typed(), impressions in typed(), clicks in typed(), conversions in typed(), currency in currency()) {
        let draft = Draft { currency, credits, impressions, clicks, conversions, ..Draft::default() };
        let (inputs, metrics) = evaluate(&draft);
        for metric in Metric::ALL {
            let _ = metrics.shown(metric);
        }
        prop_assert_eq!(inputs.scenario().is_some(), draft.parse().scenario().is_some());
    }

    #[test]
    fn rounding_never_hides_a_nonzero_value(num in 1_i64..=1_000_000, den in 1_i64..=10_000_000_000_000) {
        let r = Ratio::new(Decimal::from(num), Decimal::from(den)).unwrap();
        prop_assert!(!display::money(r, Currency::Usd).unwrap().is_zero());
        prop_assert!(!display::percent(r).unwrap().is_zero());
    }

    #[test]
    fn a_saved_library_reads_back_exactly(scenarios in prop::collection::vec(scenario(), 0..8), name in any::<String>()) {
        let library = Library {
            scenarios: scenarios
                .into_iter()
                .enumerate()
                .map(|(i, scenario)| Saved {
                    id: format!("id-{i}"),
                    name: adcredit_core::library::clean_name(&name),
                    scenario,
                    created: i as u64,
                    updated: 1_764_000_000_000 + i as u64,
                })
                .collect(),
        };
        let decoded = decode(&encode(&library));
        prop_assert_eq!(decoded.problem, None);
        prop_assert_eq!(decoded.library, library);
    }

    #[test]
    fn no_stored_text_makes_decoding_panic(text in any::<String>()) {
        let _ = decode(&text);
        let _ = decode_draft(&text);
        if let Ok(state) = kept::decode(&text) {
            prop_assert_eq!(kept::decode(&kept::encode(&state)), Ok(state));
        }
    }

    #[test]
    fn any_typed_draft_is_kept_exactly(
        texts in prop::collection::vec("\\PC{0,30}", 15),
        grant in ("\\PC{0,12}", "\\PC{0,12}", "\\PC{0,12}"),
        tier in ("\\PC{0,12}", "\\PC{0,12}"),
        opened in prop::option::of("\\PC{0,20}"),
        address in prop::option::of("\\PC{0,60}"),
        currency in currency(),
    ) {
        let mut draft = Draft::cleared(currency);
        for (field, text) in adcredit_core::Field::ALL.into_iter().zip(texts) {
            *draft.text_mut(field) = text;
        }
        draft.grants.push(adcredit_core::GrantDraft::new(Source::Coupon, &grant.0, &grant.1, &grant.2));
        draft.tiers.push(adcredit_core::TierDraft::new(&tier.0, &tier.1));
        let state = DraftState { draft, opened, previous_address: address.clone(), address };
        prop_assert_eq!(kept::decode(&kept::encode(&state)), Ok(state));
    }

    #[test]
    fn a_scenario_opened_in_the_fields_parses_back_to_itself(s in scenario()) {
        prop_assert_eq!(Draft::from(&s).parse().scenario(), Some(s));
    }

    #[test]
    fn dates_round_trip(day in 0_i64..=2_932_896) {
        use adcredit_core::wallet::{format_date, parse_date};
        prop_assert_eq!(parse_date(&format_date(day)), Some(day));
    }

    #[test]
    fn a_link_reopens_exactly_the_scenario(s in scenario(), name in any::<String>()) {
        let text = link::encode(&s, &name);
        let name = adcredit_core::library::clean_name(&name);
        if text.len() <= link::MAX_LINK_CHARS {
            let opened = link::decode("", &format!("#{text}")).unwrap().unwrap();
            prop_assert_eq!(opened.clone(), LinkScenario { draft: Draft::from(&s), name, notices: vec![] });
            prop_assert_eq!(opened.draft.parse().scenario(), Some(s));
        }
    }

    #[test]
    fn no_address_makes_the_link_reader_panic(query in any::<String>(), fragment in any::<String>()) {
        let _ = link::decode(&query, &fragment);
        let _ = link::compare::decode_compare(&fragment);
    }

    #[test]
    fn a_compare_link_reopens_exactly_its_scenarios(
        a in scenario(), b in scenario(), name_a in any::<String>(), name_b in any::<String>()
    ) {
        if let Ok(text) = link::compare::encode_compare([(&a, name_a.as_str()), (&b, name_b.as_str())]) {
            let read = link::compare::decode_compare(&text).unwrap().unwrap();
            prop_assert_eq!(read.notices, vec![]);
            let scenarios: Vec<Scenario> = read.scenarios.into_iter().map(|l| l.scenario).collect();
            prop_assert_eq!(scenarios, vec![a, b]);
        }
    }

    /// Credits are spent first and nothing is lost: credit used + cash = spend, credit used + left = credits.
    #[test]
    fn credits_then_cash_add_up(spend in money(Currency::Usd), credits in money(Currency::Usd), clicks in 0..=MAX_COUNT) {
        let f = adcredit_core::credits::Funding::new(spend, credits).unwrap();
        prop_assert_eq!(f.credit_used + f.cash, spend);
        prop_assert_eq!(f.credit_used + f.credit_left, credits);
        prop_assert!(f.cash.is_zero() || f.credit_left.is_zero());
        if let Ok(cpc) = f.cash_cpc(clicks) {
            let back = cpc.checked_mul(Decimal::from(clicks)).unwrap();
            prop_assert_eq!(back.cmp_exact(&Ratio::from(f.cash)), Some(Ordering::Equal));
        }
    }

    /// The least daily budget that spends every credit in time does (nothing expires unused), and one cent less
    /// does not.
    #[test]
    fn the_daily_budget_to_spend_everything_is_the_least_that_does(
        grants in prop::collection::vec((1_u32..=100_000, 0_i64..=100, 0_i64..=100), 1..6),
        today in 0_i64..=60,
    ) {
        use adcredit_core::wallet::{daily_to_spend_all, plan, Grant, Source};
        let grants: Vec<Grant> = grants
            .into_iter()
            .map(|(amount, received, length)| Grant { source: Source::Other, amount: Decimal::from(amount), received, expires: received + 1 + length })
            .collect();
        let Some(least) = daily_to_spend_all(&grants, today) else {
            prop_assert!(grants.iter().all(|g| g.expires < today));
            return Ok(());
        };
        let daily = least.round_up(2).unwrap();
        prop_assert!(plan(&grants, today, daily, None).unwrap().expiring_unused.is_empty());
        let less = daily - Decimal::new(1, 2);
        if less > Decimal::ZERO {
            prop_assert!(!plan(&grants, today, less, None).unwrap().expiring_unused.is_empty());
        }
    }

    /// A plan never spends more than a grant holds, nor credit on a day it cannot be used; spent + expiring unused
    /// never exceeds what was granted.
    #[test]
    fn a_budget_plan_never_spends_credit_that_is_not_there(
        grants in prop::collection::vec((1_u32..=100_000, 0_i64..=200, 1_i64..=200), 0..6),
        budget in 1_u32..=5_000,
    ) {
        use adcredit_core::wallet::{plan, Grant, Source};
        let grants: Vec<Grant> = grants
            .into_iter()
            .map(|(amount, received, length)| Grant { source: Source::Other, amount: Decimal::from(amount), received, expires: received + length })
            .collect();
        let p = plan(&grants, 50, Decimal::from(budget), None).unwrap();
        for (i, g) in grants.iter().enumerate() {
            let unused: Decimal = p.expiring_unused.iter().filter(|u| u.0 == i).map(|u| u.1).sum();
            prop_assert!(p.spent[i] + unused <= g.amount);
            // Its expiry date is its last usable day: one before today means it has expired.
            if g.expires < 50 {
                prop_assert_eq!(p.spent[i], Decimal::ZERO, "expired before today");
            }
        }
        let total: Decimal = p.spent.iter().copied().sum();
        prop_assert!(total <= Decimal::from(budget) * Decimal::from(p.days_funded));
    }
}
