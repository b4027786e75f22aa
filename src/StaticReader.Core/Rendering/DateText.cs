using System.Globalization;

namespace StaticReader.Core.Rendering;

/// <summary>
/// A date as readers read it: "2025-06-14" as "14 June 2025", "2025-06" as "June 2025", "2025" as it is. The theme's
/// <c>partials/date.html</c> prints it as <c>date_text d</c>; the same words made in the template (an array of month
/// names built and a string split on every include) were a twentieth of a build on a site that lists its texts.
/// </summary>
public static class DateText
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The words of <paramref name="date"/> (YYYY, YYYY-MM or YYYY-MM-DD); empty for an empty date.</summary>
    public static string Of(string? date)
    {
        var parts = (date ?? "").Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return "";
        }

        var words = "";
        if (parts.Length >= 3)
        {
            words = (int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var day) ? day.ToString(CultureInfo.InvariantCulture) : "") + " ";
        }

        if (parts.Length >= 2)
        {
            words += MonthName(parts[1]) + " ";
        }

        return words + parts[0];
    }

    // As the template read it: months[number - 1], counting from the end for a negative index, the text itself otherwise.
    private static string MonthName(string month)
    {
        if (!int.TryParse(month, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return month;
        }

        var at = number - 1 < 0 ? number - 1 + Months.Length : number - 1;
        return at is >= 0 and < 12 ? Months[at] : month;
    }
}
