//! The independent exact check: every figure the core shows — the 23 metrics, the forecast, the goals and the plan
//! against actual — recomputed here from the typed inputs with arbitrary-precision fractions (`num-rational`), by
//! the formulas of `DOMAIN.md` written out again, and rounded once by the display rules written out again. The core
//! must show exactly that value, over scenarios that include every input cap, and never "too large" for a value
//! that is not.

// Test code: a panic or an overflow here is a failing test, not a dead page.
#![allow(clippy::arithmetic_side_effects, clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use adcredit_core::plan::{Forecast, Goal, Projection};
use adcredit_core::report::track::{against_plan, Tracked};
use adcredit_core::report::{Format, Plain};
use adcredit_core::{evaluate, Currency, Decimal, Draft, Metric, Unit};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use proptest::prelude::*;

type Q = BigRational;

fn q(text: &str) -> Q {
    let decimal: Decimal = text.parse().unwrap();
    Q::new(BigInt::from(decimal.mantissa()), BigInt::from(10).pow(decimal.scale()))
}

fn int(n: i64) -> Q {
    Q::from_integer(BigInt::from(n))
}

/// `value` rounded half away from zero to `places` decimals.
fn round(value: &Q, places: u32) -> Q {
    let scale = Q::from_integer(BigInt::from(10).pow(places));
    let scaled = value * &scale;
    let half = Q::new(BigInt::from(1), BigInt::from(2));
    let magnitude = (scaled.abs() + half).floor();
    let rounded = if value.is_negative() { -magnitude } else { magnitude };
    rounded / scale
}

/// The display rule: `places` decimals; a value that would round to zero, two significant digits.
fn shown_at(value: &Q, places: u32) -> Q {
    let rounded = round(value, places);
    if !rounded.is_zero() || value.is_zero() {
        return rounded;
    }
    two_digits(value)
}

fn two_digits(value: &Q) -> Q {
    let mut first = 0;
    while value.abs() < Q::new(BigInt::from(1), BigInt::from(10).pow(first)) {
        first += 1;
    }
    round(value, first + 1)
}

/// The value a figure of `unit` must show, as an exact fraction.
fn expected(value: &Q, unit: Unit, currency: Currency) -> Q {
    match unit {
        Unit::Money => shown_at(value, currency.shown_decimals()),
        Unit::Percent => shown_at(&(value * int(100)), 2),
        Unit::Multiple => shown_at(value, 2),
        Unit::Count if value.abs() < int(1) && !value.is_zero() => two_digits(value),
        Unit::Count => round(value, 1),
    }
}

fn of_decimal(d: Decimal) -> Q {
    Q::new(BigInt::from(d.mantissa()), BigInt::from(10).pow(d.scale()))
}

/// A typed amount: the caps, their neighbours and the smallest units are drawn often.
fn amount(decimals: u32, max_whole: i64) -> impl Strategy<Value = String> {
    let max = i128::from(max_whole) * 10_i128.pow(decimals);
    prop_oneof![
        1 => Just(0_i128),
        1 => Just(1_i128),
        1 => Just(max),
        1 => Just(max - 1),
        2 => 0..=1000_i128,
        4 => 0..=max,
    ]
    .prop_map(move |m| Decimal::from_i128_with_scale(m, decimals).to_string())
}

fn currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(vec![Currency::Usd, Currency::Jpy, Currency::Gbp, Currency::Idr, Currency::Krw])
}

fn draft() -> impl Strategy<Value = Draft> {
    currency().prop_flat_map(|currency| {
        let money = move || amount(currency.minor_units(), 1_000_000_000_000);
        let count = || amount(0, 10_000_000_000_000);
        let percent = || amount(2, 100);
        (
            (money(), count(), count(), count(), money(), money()),
            (percent(), percent()),
            (money(), money(), percent(), percent(), money()),
            (count(), money(), amount(2, 1000)),
        )
            .prop_map(
                move |(
                    (credits, impressions, clicks, conversions, spend, revenue),
                    (margin, target_profit),
                    (budget, plan_cpm, plan_ctr, plan_cvr, plan_aov),
                    (goal_conversions, goal_revenue, goal_roas),
                )| Draft {
                    currency,
                    credits,
                    impressions,
                    clicks,
                    conversions,
                    spend,
                    revenue,
                    margin,
                    target_profit,
                    budget,
                    plan_cpm,
                    plan_ctr,
                    plan_cvr,
                    plan_aov,
                    goal_conversions,
                    goal_revenue,
                    goal_roas,
                    ..Draft::cleared(currency)
                },
            )
    })
}

fn ratio(num: Q, den: &Q) -> Option<Q> {
    (!den.is_zero()).then(|| num / den)
}

/// Every metric by `DOMAIN.md`'s formulas, or `None` where it has no value.
fn metric(d: &Draft, metric: Metric) -> Option<Q> {
    let (credits, i, l, v) = (q(&d.credits), q(&d.impressions), q(&d.clicks), q(&d.conversions));
    let s = if d.spend.is_empty() { credits.clone() } else { q(&d.spend) };
    let (r, m, p) = (q(&d.revenue), q(&d.margin) / int(100), q(&d.target_profit) / int(100));
    let k = if s < credits { s.clone() } else { credits.clone() };
    let c = &s - &k;
    let kept = &r * &m;
    match metric {
        Metric::Cpm => ratio(&s * int(1000), &i),
        Metric::Cpc => ratio(s, &l),
        Metric::Ctr => ratio(l, &i),
        Metric::ConversionRateClicks => ratio(v, &l),
        Metric::ConversionRateImpressions => ratio(v, &i),
        Metric::CostPerConversion => ratio(s, &v),
        Metric::CreditUsed => Some(k),
        Metric::CashPaid => Some(c),
        Metric::CreditLeft => Some(credits - k),
        Metric::Discount => ratio(k, &s),
        // A cost on cash has no value when credits paid for everything ("— nothing paid").
        Metric::CashCpm => ratio(&c * int(1000), &i).filter(|_| !c.is_zero()),
        Metric::CashCpc => ratio(c.clone(), &l).filter(|_| !c.is_zero()),
        Metric::CashCpa => ratio(c.clone(), &v).filter(|_| !c.is_zero()),
        Metric::Roas => ratio(r, &s),
        Metric::RevenuePerConversion => ratio(r, &v),
        Metric::CashRoas => ratio(r, &c),
        Metric::Profit => Some(kept - s),
        Metric::ProfitOnCash => Some(kept - c),
        Metric::Roi => ratio(kept - &s, &s),
        Metric::BreakEvenRoas => ratio(int(1), &m),
        Metric::BreakEvenCpa => ratio(kept, &v),
        Metric::BreakEvenCpc => ratio(kept, &l),
        Metric::TargetRoas => (m > p).then(|| int(1) / (m - p)),
    }
}

struct Plan {
    impressions: Option<Q>,
    clicks: Option<Q>,
    conversions: Option<Q>,
    revenue: Option<Q>,
    budget: Q,
}

fn plan(d: &Draft) -> Plan {
    let budget = q(&d.budget);
    let (cpm, ctr, cvr, aov) = (q(&d.plan_cpm), q(&d.plan_ctr) / int(100), q(&d.plan_cvr) / int(100), q(&d.plan_aov));
    let impressions = ratio(&budget * int(1000), &cpm);
    let clicks = impressions.clone().map(|i| i * ctr);
    let conversions = clicks.clone().map(|c| c * cvr);
    let revenue = conversions.clone().map(|v| v * aov);
    Plan { impressions, clicks, conversions, revenue, budget }
}

fn projection(d: &Draft, projection: Projection) -> Option<Q> {
    let p = plan(d);
    let per_budget = |x: Option<Q>| x.and_then(|x| ratio(p.budget.clone(), &x));
    match projection {
        Projection::Impressions => p.impressions,
        Projection::Clicks => p.clicks,
        Projection::Conversions => p.conversions,
        Projection::Revenue => p.revenue,
        Projection::Cpc => per_budget(p.clicks.clone()),
        Projection::CostPerConversion => per_budget(p.conversions.clone()),
        Projection::Roas => p.revenue.and_then(|r| ratio(r, &p.budget)),
    }
}

fn goal(d: &Draft, goal: Goal) -> Option<Q> {
    let (cpm, ctr, cvr, aov) = (q(&d.plan_cpm), q(&d.plan_ctr) / int(100), q(&d.plan_cvr) / int(100), q(&d.plan_aov));
    let per_thousand = int(1000) * ctr * cvr;
    match goal {
        Goal::Conversions => ratio(q(&d.goal_conversions) * cpm, &per_thousand),
        Goal::Revenue => ratio(q(&d.goal_revenue), &aov).and_then(|n| ratio(n * cpm, &per_thousand)),
        // No CPM reaches a ROAS when no click or no conversion comes of the spend ("— Expected CTR (%) is 0").
        Goal::Roas if per_thousand.is_zero() || aov.is_zero() => None,
        Goal::Roas => ratio(per_thousand * aov, &q(&d.goal_roas)),
    }
}

/// Checks one figure: a value where one is expected, and exactly the expected rounding.
fn check(what: &str, shown: Result<Decimal, String>, exact: Option<Q>, unit: Unit, currency: Currency) {
    match (shown, exact) {
        // Beyond what a figure can hold (a `Decimal`'s 28 digits, its decimals included): said, never a rounded
        // number.
        (Err(why), Some(exact)) if beyond(&expected(&exact, unit, currency)) => {
            assert_eq!(why, "too large to compute exactly", "{what}");
        }
        (Ok(shown), Some(exact)) => {
            let want = expected(&exact, unit, currency);
            assert_eq!(of_decimal(shown), want, "{what}: shown {shown}, exact {exact}");
        }
        (Err(why), Some(exact)) => panic!("{what}: no value ({why}) for the exact {exact}"),
        (Ok(shown), None) => panic!("{what}: {shown} where there is no value"),
        (Err(_), None) => {}
    }
}

fn check_draft(d: &Draft) {
    let (inputs, metrics) = evaluate(d);
    for m in Metric::ALL {
        let shown = metrics.shown(m).map_err(|why| why.to_string());
        check(m.label(), shown, metric(d, m), m.unit(), d.currency);
    }
    let forecast = Forecast::of(&inputs);
    let shown = |v: adcredit_core::Value, unit| {
        v.map_err(|why| why.to_string())
            .and_then(|v| adcredit_core::display::shown(v, unit, d.currency).map_err(|why| why.to_string()))
    };
    for p in Projection::ALL {
        check(p.label(), shown(forecast.get(p), p.unit()), projection(d, p), p.unit(), d.currency);
    }
    for g in Goal::ALL {
        check(g.answer(), shown(forecast.solve(g), Unit::Money), goal(d, g), Unit::Money, d.currency);
    }
    // Plan against actual: the change in % of every figure, as the table writes it.
    let tracking = against_plan(&inputs, &metrics, &Plain);
    for line in &tracking.lines {
        let planned = tracked_planned(d, line.tracked);
        let actual = tracked_actual(d, line.tracked);
        if let (Some(planned), Some(actual)) = (planned, actual) {
            if planned.is_zero() {
                continue;
            }
            let change = (actual - &planned) / planned;
            let want = expected(&change, Unit::Percent, d.currency);
            if beyond(&want) {
                assert_eq!(line.change, "— too large to compute exactly", "change of {}", line.tracked.label());
                continue;
            }
            let text = Plain.percent(to_decimal(&want));
            let text = if want.is_positive() { format!("+{text}") } else { text };
            assert_eq!(line.change, text, "change of {}", line.tracked.label());
        }
    }
}

fn tracked_planned(d: &Draft, tracked: Tracked) -> Option<Q> {
    match tracked {
        Tracked::Spend => Some(q(&d.budget)),
        Tracked::Impressions => projection(d, Projection::Impressions),
        Tracked::Clicks => projection(d, Projection::Clicks),
        Tracked::Conversions => projection(d, Projection::Conversions),
        Tracked::Revenue => projection(d, Projection::Revenue),
        Tracked::Cpm => Some(q(&d.plan_cpm)),
        Tracked::Ctr => Some(q(&d.plan_ctr) / int(100)),
        Tracked::ConversionRate => Some(q(&d.plan_cvr) / int(100)),
        Tracked::Cpc => projection(d, Projection::Cpc),
        Tracked::CostPerConversion => projection(d, Projection::CostPerConversion),
        Tracked::Roas => projection(d, Projection::Roas),
    }
    .filter(|_| !q(&d.plan_cpm).is_zero())
}

fn tracked_actual(d: &Draft, tracked: Tracked) -> Option<Q> {
    match tracked {
        Tracked::Spend => Some(q(&d.spend)),
        Tracked::Impressions => Some(q(&d.impressions)),
        Tracked::Clicks => Some(q(&d.clicks)),
        Tracked::Conversions => Some(q(&d.conversions)),
        Tracked::Revenue => Some(q(&d.revenue)),
        Tracked::Cpm => metric(d, Metric::Cpm),
        Tracked::Ctr => metric(d, Metric::Ctr),
        Tracked::ConversionRate => metric(d, Metric::ConversionRateClicks),
        Tracked::Cpc => metric(d, Metric::Cpc),
        Tracked::CostPerConversion => metric(d, Metric::CostPerConversion),
        Tracked::Roas => metric(d, Metric::Roas),
    }
}

/// Whether a rounded value is beyond what a `Decimal` holds with the decimals it shows (96 bits of digits).
fn beyond(value: &Q) -> bool {
    beyond_at(value, 2)
}

/// The same, for a figure shown with at least `at_least` decimals.
fn beyond_at(value: &Q, at_least: u32) -> bool {
    let mut places = 0;
    while !(value * Q::from_integer(BigInt::from(10).pow(places))).is_integer() {
        places += 1;
    }
    let mantissa = (value * Q::from_integer(BigInt::from(10).pow(places.max(at_least)))).to_integer();
    mantissa.abs() > BigInt::from(Decimal::MAX.mantissa())
}

/// An expected rounded value (at most 28 decimals) as the `Decimal` the formatter takes: percentages show at least
/// their 2 decimals.
fn to_decimal(value: &Q) -> Decimal {
    to_decimal_at_least(value, 2)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn every_figure_is_the_exact_value_rounded_once(d in draft()) {
        check_draft(&d);
    }
}

/// The offer's tier cells on the user's own campaign, by the formulas written out again: the cash paid
/// P = max(C', X), cash per conversion P·S / ((K + P + u·Y)·V), conversions gained (P − C' + u·Y)·V / S.
fn check_offer(d: &Draft) {
    use adcredit_core::report::offer::{report, OfferReport};
    let (inputs, metrics) = evaluate(d);
    let OfferReport::Weighed(table) = report(&inputs, &metrics, &Plain) else { return };
    let (s, credits, v) = (q(&d.spend), q(&d.credits), q(&d.conversions));
    let k = if s < credits { s.clone() } else { credits };
    let cash = if d.offer_cash.is_empty() { &s - &k } else { q(&d.offer_cash) };
    let used = if d.offer_used.is_empty() { Q::one() } else { q(&d.offer_used) / int(100) };
    let (x, y) = (q(&d.tiers[0].spend), q(&d.tiers[0].credit));
    let paid = if cash < x { x } else { cash.clone() };
    let credit = &used * y;
    let media = &k + &paid + &credit;
    let cpa = if paid.is_zero() { None } else { ratio(&paid * &s, &(&media * &v)) };
    let gained = ratio((&paid - &cash + &credit) * &v, &s);
    let cells = &table.rows[0].cells;
    let text = |value: Option<Q>, unit| {
        let want = value.map(|v| expected(&v, unit, d.currency));
        let places = if unit == Unit::Money { d.currency.shown_decimals() } else { 0 };
        match want {
            Some(w) if beyond_at(&w, places) => "— too large to compute exactly".to_string(),
            // Two significant digits beyond the 28 decimals a figure can have: the core says so.
            Some(w) => fits_at(&w, places).map_or_else(
                || "— too small to show".to_string(),
                |w| Plain.rounded(w, unit, d.currency),
            ),
            None => String::new(),
        }
    };
    for (cell, value, unit) in
        [(&cells[0], Some(paid.clone()), Unit::Money), (&cells[1], cpa, Unit::Money), (&cells[2], gained, Unit::Count)]
    {
        let want = text(value, unit);
        if want.is_empty() {
            assert!(cell.1.starts_with("— "), "{}: {} where there is no value", cell.0, cell.1);
        } else {
            assert_eq!(cell.1, want, "{} in {d:?}", cell.0);
        }
    }
}

/// An expected rounded value as the `Decimal` a money or count figure is written from: its own decimals, at least
/// `places` (a currency's).
fn to_decimal_at_least(value: &Q, places: u32) -> Decimal {
    let mut places = places;
    while !(value * Q::from_integer(BigInt::from(10).pow(places))).is_integer() {
        places += 1;
    }
    let mantissa = (value * Q::from_integer(BigInt::from(10).pow(places))).to_integer();
    Decimal::from_i128_with_scale(i128::try_from(mantissa).unwrap(), places)
}

/// [`to_decimal_at_least`], or `None` when its decimals are more than a `Decimal` holds (28).
fn fits_at(value: &Q, places: u32) -> Option<Decimal> {
    let mut places = places;
    while !(value * Q::from_integer(BigInt::from(10).pow(places))).is_integer() {
        places += 1;
        if places > 28 {
            return None;
        }
    }
    Some(to_decimal_at_least(value, places))
}

/// A scenario with one "spend X, get Y" tier (whole amounts, valid in every currency), maybe the offer's own cash
/// and the share of the credit used.
#[test]
fn every_offer_figure_is_on_the_users_campaign_and_exact() {
    let run = || {
        let whole = || amount(0, 1_000_000_000_000);
        let strategy = (draft(), prop::option::of(0..=100_u32), prop::option::of(whole()), whole(), whole());
        let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(1500));
        let result = runner.run(&strategy, |(d, used, cash, x, y)| {
            check_offer(&Draft {
                tiers: vec![adcredit_core::TierDraft::new(&x, &y)],
                offer_used: used.map(|u| u.to_string()).unwrap_or_default(),
                offer_cash: cash.unwrap_or_default(),
                ..d
            });
            Ok(())
        });
        if let Err(failure) = result {
            panic!("{failure}");
        }
    };
    // This strategy's value tree is deep: building it in a debug build needs more than a test thread's 2 MiB of
    // stack (the core's own code does not).
    std::thread::Builder::new().stack_size(64 << 20).spawn(run).unwrap().join().unwrap();
}

/// The examples of the issue, one line each.
#[test]
fn the_examples() {
    let at = |f: fn(&mut Draft)| {
        let mut d = Draft { spend: String::new(), ..Draft::cleared(Currency::Usd) };
        f(&mut d);
        d
    };
    let show = |d: &Draft, m: Metric| Plain.metric(&evaluate(d).1, m);
    let loss = at(|d| {
        d.credits = "10".into();
        d.revenue = "19.99".into();
        d.margin = "50.01".into();
    });
    assert_eq!(show(&loss, Metric::Profit), "-$0.003");
    let yen = Draft {
        currency: Currency::Jpy,
        credits: "100".into(),
        revenue: "199".into(),
        margin: "50.25".into(),
        ..Draft::cleared(Currency::Jpy)
    };
    assert_eq!(show(&yen, Metric::Profit), "-JPY 0.0025");
    let big = at(|d| {
        d.budget = "28306865522.82".into();
        d.plan_cpm = "999999849400.86".into();
        d.plan_ctr = "74.91".into();
        d.plan_cvr = "49.58".into();
        d.plan_aov = "8333247265".into();
    });
    let forecast = Forecast::of(&big.parse());
    assert_eq!(adcredit_core::report::plan::projection(&forecast, Projection::Roas, Currency::Usd, &Plain), "3.10×");
    let tiny = Draft {
        currency: Currency::Gbp,
        budget: "363823190656.25".into(),
        plan_cpm: "710183595015.51".into(),
        plan_ctr: "52.59".into(),
        plan_cvr: "1.12".into(),
        plan_aov: "86.79".into(),
        ..Draft::cleared(Currency::Gbp)
    };
    let forecast = Forecast::of(&tiny.parse());
    assert_eq!(
        adcredit_core::report::plan::projection(&forecast, Projection::Roas, Currency::Gbp, &Plain),
        "0.00000000072×"
    );
}

/// Every input at its cap, and at its smallest unit, at once.
#[test]
fn the_caps() {
    for currency in [Currency::Usd, Currency::Jpy] {
        let unit = if currency.minor_units() == 0 { "1" } else { "0.01" };
        for (money, count, percent) in [
            ("1000000000000", "10000000000000", "100"),
            (unit, "1", "0.01"),
            ("1000000000000", "1", "0.01"),
            (unit, "10000000000000", "100"),
        ] {
            let d = Draft {
                currency,
                credits: money.into(),
                impressions: count.into(),
                clicks: count.into(),
                conversions: count.into(),
                spend: money.into(),
                revenue: money.into(),
                margin: percent.into(),
                target_profit: "0".into(),
                budget: money.into(),
                plan_cpm: money.into(),
                plan_ctr: percent.into(),
                plan_cvr: percent.into(),
                plan_aov: money.into(),
                goal_conversions: count.into(),
                goal_revenue: money.into(),
                goal_roas: "0.01".into(),
                ..Draft::cleared(currency)
            };
            check_draft(&d);
            let d = Draft { plan_cpm: unit.into(), budget: "1000000000000".into(), ..d };
            check_draft(&d);
        }
    }
}

#[test]
fn the_exact_helpers_round_half_away_from_zero() {
    assert_eq!(round(&q("0.125"), 2), q("0.13"));
    assert_eq!(round(&q("-0.125"), 2), q("-0.13"));
    assert_eq!(shown_at(&q("-0.003001"), 2), q("-0.003"));
    assert_eq!(expected(&q("0.625"), Unit::Count, Currency::Usd), q("0.63"));
    assert!(Q::one() > Q::zero());
}
