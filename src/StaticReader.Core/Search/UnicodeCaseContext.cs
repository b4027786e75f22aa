using System.Globalization;

namespace StaticReader.Core.Search;

/// <summary>
/// The Unicode properties that JavaScript's <c>toLowerCase</c> consults for the
/// Final_Sigma rule: Case_Ignorable and Cased, derived from .NET's general categories
/// the way Unicode's DerivedCoreProperties defines them, patched to the Unicode 17
/// data of the ICU that Node 20 ships (checked code point by code point in the tests).
/// </summary>
internal static class UnicodeCaseContext
{
    /// <summary>Whether the code point is Case_Ignorable (skipped when looking for a cased neighbour).</summary>
    public static bool IsCaseIgnorable(int codePoint)
    {
        switch (codePoint)
        {
            // Word_Break MidLetter, MidNumLet and Single_Quote.
            case 0x0027 or 0x002E or 0x003A or 0x00B7 or 0x0387 or 0x055F or 0x05F4
                or 0x2018 or 0x2019 or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55
                or 0xFF07 or 0xFF0E or 0xFF1A:
                return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
                or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol => true,
            UnicodeCategory.OtherNotAssigned => IsUnicode17CaseIgnorable(codePoint),
            _ => false,
        };
    }

    /// <summary>Whether the code point is Cased (Lowercase, Uppercase or titlecase).</summary>
    public static bool IsCased(int codePoint)
    {
        if (codePoint == 0x0295)
        {
            return false; // Ll in .NET's data, Lo since Unicode 17.
        }

        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter => true,
            UnicodeCategory.OtherNotAssigned => IsUnicode17Cased(codePoint),
            _ => IsOtherLowercaseOrUppercase(codePoint),
        };
    }

    // PropList.txt's Other_Lowercase and Other_Uppercase.
    private static bool IsOtherLowercaseOrUppercase(int c) =>
        c is 0x00AA or 0x00BA or (>= 0x02B0 and <= 0x02B8) or 0x02C0 or 0x02C1 or (>= 0x02E0 and <= 0x02E4)
            or 0x0345 or 0x037A or 0x10FC or (>= 0x1D2C and <= 0x1D6A) or 0x1D78 or (>= 0x1D9B and <= 0x1DBF)
            or 0x2071 or 0x207F or (>= 0x2090 and <= 0x209C) or (>= 0x2160 and <= 0x217F) or (>= 0x24B6 and <= 0x24E9)
            or 0x2C7C or 0x2C7D or 0xA69C or 0xA69D or 0xA770 or 0xA7F8 or 0xA7F9 or (>= 0xAB5C and <= 0xAB5F)
            or 0xAB69 or 0x10780 or (>= 0x10783 and <= 0x10785) or (>= 0x10787 and <= 0x107B0) or (>= 0x107B2 and <= 0x107BA)
            or (>= 0x1E030 and <= 0x1E06D) or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169)
            or (>= 0x1F170 and <= 0x1F189);

    // Letters added in Unicode 17 that .NET's data does not have yet.
    private static bool IsUnicode17Cased(int c) =>
        c is 0xA7CE or 0xA7CF or 0xA7D2 or 0xA7D4 or (>= 0x16EA0 and <= 0x16EB8) or (>= 0x16EBB and <= 0x16ED3);

    // Marks and modifiers added in Unicode 17 that .NET's data does not have yet.
    private static bool IsUnicode17CaseIgnorable(int c) =>
        c is (>= 0x1ACF and <= 0x1ADD) or (>= 0x1AE0 and <= 0x1AEB) or 0xA7F1 or 0x10EC5 or 0x10EFA or 0x10EFB
            or 0x11B60 or (>= 0x11B62 and <= 0x11B64) or 0x11B66 or 0x11DD9 or 0x16FF2 or 0x16FF3
            or 0x1E6E3 or 0x1E6E6 or 0x1E6EE or 0x1E6EF or 0x1E6F5 or 0x1E6FF;
}
