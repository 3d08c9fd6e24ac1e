extension Diagnostic {
    /// `file:line:column: warning: message. hint`: the form of ``description`` for a problem that does not stop
    /// the build (an unused parameter, say).
    public var warningDescription: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return location + ": warning: " + description.dropFirst(location.count + ": error: ".count)
    }
}
