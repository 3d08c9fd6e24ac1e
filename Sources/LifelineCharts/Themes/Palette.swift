/// Categorical colour palettes that stay distinguishable for colour-blind readers.
public enum Palette {
    /// Okabe & Ito's colour-blind-safe palette, ordered so the first colours have the most contrast on white:
    /// blue, vermillion, bluish green, reddish purple, orange, sky blue, yellow.
    /// Themes adjust each colour's lightness to reach their contrast targets, keeping its hue.
    public static let okabeIto: [Color] = [
        Color(0x0072B2), Color(0xD55E00), Color(0x009E73), Color(0xCC79A7),
        Color(0xE69F00), Color(0x56B4E9), Color(0xF0E442),
    ]
}
