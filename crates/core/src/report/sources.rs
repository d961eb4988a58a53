//! Where each TikTok rule the page states comes from (the sources `DOMAIN.md` names), and when it was gathered.
//! Shown as a short line beside the rule; nothing is fetched at run time.

/// A rule and its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cited {
    pub key: &'static str,
    pub text: &'static str,
}

/// Credits are spent before cash.
pub const CREDITS_FIRST: Cited = Cited {
    key: "credits-first",
    text: "Source: TikTok Business Help Center, “How to manage your incentive” (credits are spent before cash; as of 2026).",
};

/// Credits expire 90 days after they are received unless the offer says otherwise.
pub const DEFAULT_EXPIRY: Cited = Cited {
    key: "expiry",
    text:
        "Source: TikTok Ads Manager’s Incentive Center (90-day default expiry; as of 2026). Your offer’s own terms win.",
};

/// The minimum daily and lifetime budgets.
pub const BUDGET_MINIMUMS: Cited = Cited {
    key: "budgets",
    text: "Source: TikTok Business Help Center, “Budget” and “Budget and bidding FAQ” (USD minimums; as of 2026).",
};

/// "Spend X, get Y": only cash counts, one tier, the US partner tiers.
pub const OFFER_TERMS: Cited = Cited {
    key: "offers",
    text: "Source: TikTok Business Help Center, promotional offer terms and the US partner tiers (as of 2026).",
};
