/// The registry figure ids the models read. A data file passed with `--data` must define each one the models
/// use; see ``AnalysisError/missingFigure(id:model:)``.
public enum FigureID {
    /// Defectors living in South Korea (people).
    public static let skPopulation = "sk-defector-population"
    /// Share of them who send money (share, range).
    public static let skShareSending = "sk-share-sending"
    /// USD per transfer (range).
    public static let skTransferAmount = "sk-transfer-amount"
    /// Transfers per year (times/year, discrete).
    public static let skTransfersPerYear = "sk-transfers-per-year"
    /// Defectors in hiding in China (people, range).
    public static let cnPopulation = "cn-defector-population"
    /// The articles' aggregate claim, "tens of millions of USD annually" (USD/year).
    public static let aggregateAnnualFlow = "aggregate-annual-flow"
    /// Broker fees "sometimes 30–70%" (feature article).
    public static let feeFeatureRange = "fee-feature-range"
    /// Broker fees "up to 70%" (feature article; an upper bound, shown but not pooled).
    public static let feeFeatureUpper = "fee-feature-upper"
    /// Broker fees 10–40 % (Daily NK, 2021).
    public static let feeDailyNK2021 = "fee-dailynk-2021"
    /// Broker fees "usually 30 per cent" (South China Morning Post).
    public static let feeSCMPUsual = "fee-scmp-usual"
    /// The state's 20 % fee for processing remittances at the border (Daily NK, 2018).
    public static let stateFeeBorder = "state-fee-border"
    /// Respondents of the 2016 survey (people).
    public static let survey2016Size = "survey-2016-size"
    /// Share of the 2016 survey's respondents who sent money.
    public static let survey2016ShareSending = "survey-2016-share-sending"
    /// USD a year the 2016 survey's senders sent.
    public static let survey2016AnnualAmount = "survey-2016-annual-amount"
    /// The largest annual amount one respondent reported.
    public static let survey2016MaxSender = "survey-2016-max-sender"
    /// Share of the 2016 survey's respondents who sent regularly.
    public static let survey2016ShareRegular = "survey-2016-share-regular"
    /// SDG target 10.c: remittance costs below 3 %.
    public static let sdgCostTarget = "sdg-10c-cost-target"
    /// SDG target 10.c: no corridor above 5 %.
    public static let sdgCorridorLimit = "sdg-10c-corridor-limit"
}
