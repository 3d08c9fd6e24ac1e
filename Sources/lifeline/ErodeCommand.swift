import ArgumentParser
import Foundation
import LifelineAnalysis

/// `lifeline erode`: what reaches a family from an amount sent through intermediaries that each take a cut, hop
/// by hop — a quick answer in a meeting.
struct ErodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erode",
        abstract: "Show what arrives, hop by hop, when money passes intermediaries that each take a cut.",
        discussion: """
            Each of --hops intermediaries takes --fee of what reaches it (a broker in South Korea, one in China, a \
            courier or state cut in North Korea); the exchange-rate loss (--fx-loss) is taken from what is left. \
            Rates are fractions (0.3) or percentages (30%).

            Example: lifeline erode --amount 1000 --fee 30% --hops 3 --fx-loss 5%
            """)

    /// The amount sent, in USD.
    @Option(
        name: .long, parsing: .unconditional, help: ArgumentHelp("The amount sent, in USD (e.g. 1000).", valueName: "usd"),
        transform: { text in try Self.checked { try RateParser.amount(text, option: "--amount") } })
    var amount: Double

    /// Each intermediary's fee.
    @Option(
        name: .long, parsing: .unconditional, help: ArgumentHelp("Each intermediary's fee: 0.3 or 30%.", valueName: "rate"),
        transform: { text in try Self.checked { try RateParser.rate(text, option: "--fee") } })
    var fee: Double

    /// Number of intermediaries.
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The number of intermediaries, 1 to 20.", valueName: "count"))
    var hops: Int = 1

    /// Exchange-rate loss after the fees.
    @Option(
        name: .customLong("fx-loss"), parsing: .unconditional,
        help: ArgumentHelp("The exchange-rate loss after the fees: 0.1 or 10% (default 0).", valueName: "rate"),
        transform: { text in try Self.checked { try RateParser.rate(text, option: "--fx-loss") } })
    var fxLoss: Double = 0

    /// Output format.
    @Option(name: .long, help: "Output format: text (a table) or json.")
    var format: OutputFormat = .text

    /// Text or JSON.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    /// Checks what the parser cannot: the number of hops.
    func validate() throws {
        guard (1...20).contains(hops) else {
            throw ValidationError("--hops must be between 1 and 20 intermediaries, not \(hops).")
        }
    }

    /// Prints the hop-by-hop account.
    func run() throws {
        let trace = FeeChain.trace(
            amount: amount, fees: Array(repeating: fee, count: hops), exchangeLoss: fxLoss,
            intermediaries: (0..<max(0, hops)).map { Self.intermediary(hop: $0 + 1, of: hops) })
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try encoder.encode(trace), as: UTF8.self))
        case .text:
            print(Self.table(trace))
        }
    }

    /// Who takes the cut at `hop` (1-based) of a chain of `count`: the feature article's chain for up to three
    /// hops (a broker in South Korea, a broker in China, a courier or state cut in North Korea).
    static func intermediary(hop: Int, of count: Int) -> String {
        switch (hop, count) {
        case (1, 1): "broker"
        case (1, _): "broker in South Korea"
        case (2, 2): "broker or courier in China"
        case (2, _): "broker in China"
        case (3, 3): "courier or state cut in North Korea"
        default: "intermediary \(hop)"
        }
    }

    /// Turns a parse error into the message argument parser prints (exit code 64).
    static func checked(_ parse: () throws -> Double) throws -> Double {
        do { return try parse() } catch let error as InputError { throw ValidationError(error.description) }
    }

    /// The readable table: one line per hop, the exchange loss, then what arrives.
    static func table(_ trace: ErosionTrace) -> String {
        var rows = [["Hop", "Intermediary", "Fee", "Receives", "Takes", "Passes on"]]
        for step in trace.steps {
            rows.append([
                "\(step.hop)", step.intermediary, percent(step.fee), money(step.received), money(step.taken), money(step.passedOn),
            ])
        }
        if trace.exchangeLoss > 0 {
            let before = trace.delivered + trace.exchangeLossAmount
            rows.append([
                "", "exchange-rate loss", percent(trace.exchangeLoss), money(before), money(trace.exchangeLossAmount),
                money(trace.delivered),
            ])
        }
        let lines = TextColumns.lines(rows, rightAligned: [0, 2, 3, 4, 5])
        let count = trace.steps.count
        let header =
            "Sending USD \(money(trace.sent)) through \(count) intermediar\(count == 1 ? "y taking " : "ies, each taking ")"
            + "\(percent(trace.steps.first?.fee ?? 0))"
            + (trace.exchangeLoss > 0 ? ", then a \(percent(trace.exchangeLoss)) exchange-rate loss:" : ":")
        let footer =
            "The family receives USD \(money(trace.delivered)) of USD \(money(trace.sent)): \(percent(trace.deliveredShare)) "
            + "(\(percent(1 - trace.deliveredShare)) lost on the way)."
        return ([header, ""] + lines + ["", footer]).joined(separator: "\n")
    }

    /// `1,234.50`.
    static func money(_ value: Double) -> String {
        let cents = (value * 100).rounded()
        let whole = (cents / 100).rounded(.towardZero)
        let fraction = Int(abs(cents - whole * 100))
        return BriefingFormat.grouped(whole) + "." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    /// `34.3 %`.
    static func percent(_ share: Double) -> String { BriefingFormat.percent(share) }
}
