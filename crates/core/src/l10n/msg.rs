//! The keys of every message: one variant per sentence, label or phrase the product shows. Its English words are in
//! [`super::en`], every other language's in its own module. A sentence that carries values marks their places
//! `{0}`, `{1}` (the doc line says what goes where); a counted one has plural forms.

macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// A message the product shows (see the module's documentation).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u16)]
        pub enum Msg {
            $($(#[$doc])* $name,)*
        }

        impl Msg {
            /// Every message, in the order of a language's table.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];
        }
    };
}

messages! {
    // The page.
    /// `<title>`.
    PageTitle,
    /// `<meta name="description">`.
    PageDescription,
    PageHeading,
    PageLede,
    PageFooter,
    /// The language picker's label.
    LanguageLabel,
    UpdateReady,
    UpdateReload,
    /// The embed's link to the whole app.
    OpenFull,

    // The calculator's inputs.
    InputsHeading,
    CurrencyLabel,
    LabelCredits,
    LabelImpressions,
    LabelClicks,
    LabelConversions,
    LabelRevenue,
    LabelSpend,
    LabelCampaignDaily,
    LabelAdGroupDaily,
    LabelAdGroupLifetime,
    LabelScheduleDays,
    LabelOfferWindow,
    LabelOfferUsed,
    LabelOfferCash,
    LabelMargin,
    LabelTargetProfit,
    LabelBudget,
    LabelPlanCpm,
    LabelPlanCtr,
    LabelPlanCvr,
    LabelPlanAov,
    LabelGoalConversions,
    LabelGoalRevenue,
    LabelGoalRoas,
    HintClicks,
    HintSpend,
    HintRevenue,
    HintMargin,
    HintTargetProfit,
    HintBudget,
    HintPlanCtr,
    HintPlanCvr,
    HintPlanAov,
    HintOfferWindow,
    HintOfferUsed,
    HintOfferCash,
    /// What an empty optional field is asked for inside "— add {0}".
    WantedRevenue,
    WantedMargin,
    WantedTargetProfit,
    WantedPlanCpm,
    WantedPlanCtr,
    WantedPlanCvr,
    WantedPlanAov,
    WantedGoalConversions,
    WantedGoalRevenue,
    WantedGoalRoas,
    ResetExample,
    ClearAll,

    // Currencies, as the picker names them.
    CurrencyUsd,
    CurrencyEur,
    CurrencyGbp,
    CurrencyCad,
    CurrencyAud,
    CurrencyJpy,
    CurrencyKrw,
    CurrencyBrl,
    CurrencyMxn,
    CurrencyIdr,
    CurrencyThb,
    CurrencyVnd,

    // What typed text reads as.
    ParseEmpty,
    /// {0}: an example amount in the page's format ("1,234.50").
    ParseNotANumber,
    /// {0} and {1}: the same amount with each pair of separators ("1,234,567.50", "1.234.567,50").
    ParseSeparators,
    ParseNegative,
    ParseFractionInCount,
    /// {0}: the currency code.
    ParseNoDecimals,
    /// {0}: the currency code; {1}: how many decimals (counted).
    ParseDecimals,
    /// {0}: the largest amount ("1,000,000,000,000").
    ParseMoneyTooLarge,
    /// {0}: the largest count.
    ParseCountTooLarge,
    /// {0}: the most days ("3,650").
    ParseDaysTooLarge,
    /// {0} and {1}: two example percentages ("60", "62.5").
    ParsePercent,
    ParseNoDate,
    /// {0}: an example date as YYYY-MM-DD.
    ParseNotADate,
    ParseExpiresBeforeReceived,
    /// {0}: the largest multiple ("1,000"); {1}: an example ("2.5").
    ParseMultiple,
    /// {0}: the suffix typed ("M"); {1}: the same amount written in full ("1,500,000").
    ParseUnclearSuffix,
    /// {0}: the scenario's currency code; {1}: the sign typed; {2}: what the amount reads as.
    SignIgnored,

    // Warnings under a field.
    WarnClicksAboveImpressions,
    WarnConversionsAboveImpressions,
    WarnConversionsAboveClicks,
    WarnSpendBelowCredits,
    WarnTargetNotBelowMargin,
    /// {0}: the percentage the user probably meant.
    WarnMarginBelowOne,
    /// {0}: TikTok's minimum ("$50").
    WarnCampaignDaily,
    /// {0}: TikTok's minimum ("$20").
    WarnAdGroupDaily,
    /// {0}: the minimum per day ("$20"); {1}: the days (counted); {2}: the minimum for those days.
    WarnAdGroupLifetime,
    WarnBudgetOtherCurrency,

    // Why a figure has no value ("— no clicks yet").
    NoImpressions,
    NoClicks,
    NoConversions,
    /// {0}: a field's label.
    CheckField,
    /// {0}: what is wanted ("revenue").
    AddWanted,
    /// {0}: a field's label.
    EnterField,
    TooLarge,
    TooSmall,
    NothingPaid,
    NothingSpent,
    NoDays,
    NoMargin,
    MarginNotAboveTarget,
    /// {0}: a field's label.
    FieldIsZero,
    NothingPlanned,

    // The results.
    ResultsCredits,
    ResultsSpend,
    /// {0}: the credits.
    BasisCredits,
    /// {0}: the spend.
    BasisAllCredits,
    /// {0}: the spend; {1}: the credits in it; {2}: the cash in it.
    BasisSpend,
    /// {0}: the spend; {1}: why the credits are not known.
    BasisSpendOnly,
    /// {0}: why the spend is not known.
    BasisUnknown,
    /// {0}: what the wallet holds today.
    UseAvailable,
    /// {0}: what the wallet holds today.
    MoreThanWallet,
    /// {0}: the typical range; {1}: where the range comes from.
    FarBelowTypical,
    BelowTypical,
    AboveTypical,
    FarAboveTypical,
    TypicalSource,
    /// {0}: the low end; {1}: the high end.
    Range,

    // The metrics: a label, and a line saying what it is.
    MetricCpm,
    MetricCpc,
    MetricCtr,
    MetricCvrClicks,
    MetricCvrImpressions,
    MetricCostPerConversion,
    MetricCreditUsed,
    MetricCashPaid,
    MetricCreditLeft,
    MetricDiscount,
    MetricCashCpm,
    MetricCashCpc,
    MetricCashCpa,
    MetricRoas,
    MetricRevenuePerConversion,
    MetricCashRoas,
    MetricProfit,
    MetricProfitOnCash,
    MetricRoi,
    MetricBreakEvenRoas,
    MetricBreakEvenCpa,
    MetricBreakEvenCpc,
    MetricTargetRoas,
    /// The answer bar's short labels (a 320 px phone).
    ShortCostPerConversion,
    ShortCashCpa,
    AboutCpm,
    AboutCpc,
    AboutCtr,
    AboutCvrClicks,
    AboutCvrImpressions,
    AboutCostPerConversion,
    AboutCreditUsed,
    AboutCashPaid,
    AboutCreditLeft,
    AboutDiscount,
    AboutCashCpm,
    AboutCashCpc,
    AboutCashCpa,
    AboutRoas,
    AboutRevenuePerConversion,
    AboutCashRoas,
    AboutProfit,
    AboutProfitOnCash,
    AboutRoi,
    AboutBreakEvenRoas,
    AboutBreakEvenCpa,
    AboutBreakEvenCpc,
    AboutTargetRoas,

    // The sections' titles.
    SectionCash,
    SectionProfit,
    SectionPlan,
    SectionWallet,
    SectionOffer,
    SectionImport,
    SectionCompare,
    SectionEmbed,

    // The saved-scenarios bar.
    SavedHeading,
    ScenarioName,
    ScenarioNamePlaceholder,
    Save,
    SaveAsNew,
    CopyLink,
    PrintReport,
    StateNew,
    StateSaved,
    StateChanged,
    NoSavedYet,
    ExportJson,
    ExportCsv,
    ImportJson,

    // Area: cash, profit and plan.

    // Area: wallet, calendar and offer.

    // Area: saved scenarios, links, print and embed.

    // Area: compare and import.
}
