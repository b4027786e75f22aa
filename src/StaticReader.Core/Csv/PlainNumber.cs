using System.Globalization;

namespace StaticReader.Core.Csv;

/// <summary>
/// The one rule for a number written as text, shared by charts (their values, inline or from CSV) and CSV data files: an
/// optional sign, digits and at most one decimal point (<c>1500</c>, <c>-2.5</c>, <c>.5</c>); no exponent, thousands
/// separator, unit or space, so "1,500", "1e3" and "72 chips" are not numbers.
/// </summary>
public static class PlainNumber
{
    /// <summary>True, with the value, when <paramref name="text"/> is a plain finite number.</summary>
    public static bool TryParse(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);
}
