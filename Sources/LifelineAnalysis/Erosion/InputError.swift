/// A value typed on the command line that cannot be used, with a message that says what to type instead.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not a number where one belongs.
    case notANumber(option: String, text: String, expected: String)
    /// A negative amount or rate.
    case negative(option: String, text: String)
    /// A rate above 100 %.
    case aboveHundredPercent(option: String, text: String)
    /// A number above 1 without `%`, probably meant as a percentage.
    case percentWithoutSign(option: String, text: String)

    /// The message for the user.
    public var description: String {
        switch self {
        case .notANumber(let option, let text, let expected):
            "\(option) needs \(expected), not \"\(text)\"."
        case .negative(let option, let text):
            "\(option) cannot be negative (\(text)); give a value of 0 or more."
        case .aboveHundredPercent(let option, let text):
            "\(option) cannot be above 100 % (\(text)); give a rate from 0 to 1, or 0% to 100%."
        case .percentWithoutSign(let option, let text):
            "\(option) is \(text), above 1 (100 %); write a rate as a fraction such as 0.3, or as a percentage such as \(text)%."
        }
    }
}
