/// CSS that recolours inline charts (rendered with `RenderOptions.inline`) to another theme's colours,
/// e.g. for a page's dark colour scheme:
///
/// ```swift
/// let css = "@media (prefers-color-scheme: dark) {\n" + ChartCSS.rules(for: .dark) + "}\n"
/// ```
///
/// The class vocabulary: `chart` on the root; `chart-bg`, `chart-text`, `chart-muted`, `chart-grid`,
/// `chart-axis`, `chart-sep` for the frame; `chart-fill`, `chart-stroke`, `chart-label`, `chart-on-fill`
/// combined with `series-N`, `ink-text` or `ink-muted` for marks.
public enum ChartCSS {
    /// Rules for `theme`'s colours, scoped under `scope` (the class on each inline chart's root), one per line.
    /// `seriesCount` series classes are covered.
    public static func rules(for theme: Theme, scope: String = ".chart", seriesCount: Int = 8) -> String {
        var rules: [(String, String, Color)] = [
            ("chart-bg", "fill", theme.background),
            ("chart-text", "fill", theme.text),
            ("chart-muted", "fill", theme.mutedText),
            ("chart-grid", "stroke", theme.grid),
            ("chart-axis", "stroke", theme.axis),
            ("chart-sep", "stroke", theme.background),
        ]
        let inks: [Ink] = (1...max(seriesCount, 1)).map(Ink.series) + [.text, .muted]
        for ink in inks {
            let name = ink.className
            rules.append(("chart-fill." + name, "fill", theme.color(for: ink)))
            rules.append(("chart-stroke." + name, "stroke", theme.color(for: ink)))
            rules.append(("chart-label." + name, "fill", theme.textColor(for: ink)))
            rules.append(("chart-on-fill." + name, "fill", theme.color(for: ink).readableText))
        }
        return rules.map { "\(scope) .\($0.0){\($0.1):\($0.2.hex)}\n" }.joined()
    }
}
