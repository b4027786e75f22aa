using Scriban;
using Scriban.Runtime;
using StaticReader.Core.Rendering;

namespace StaticReader.Tests.Rendering;

/// <summary>
/// <c>date_text</c> gives the words the theme's date partial made in Scriban before it called the function: the
/// template below is that partial's logic, run on the same dates.
/// </summary>
public sealed class DateTextTests
{
    private const string TemplateWords =
        "{{ months = [\"January\", \"February\", \"March\", \"April\", \"May\", \"June\", \"July\", \"August\", \"September\", \"October\", \"November\", \"December\"] }}" +
        "{{ parts = d | string.split \"-\" }}" +
        "{{ if parts.size >= 3 }}{{ parts[2] | string.to_int }} {{ end }}{{ if parts.size >= 2 }}{{ months[(parts[1] | string.to_int) - 1] ?? parts[1] }} {{ end }}{{ parts[0] }}";

    [Theory]
    [InlineData("2025-06-14")]
    [InlineData("2025-06-05")]
    [InlineData("2025-6-5")]
    [InlineData("2025-12-31")]
    [InlineData("2025-01-01")]
    [InlineData("2025-06")]
    [InlineData("2025-11")]
    [InlineData("2025")]
    [InlineData("1999-09-09")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    public void Gives_the_words_the_template_gave(string date)
    {
        var context = new TemplateContext();
        var globals = new ScriptObject { ["d"] = date };
        context.PushGlobal(globals);

        var expected = Template.Parse(TemplateWords).Render(context);

        Assert.Equal(expected, DateText.Of(date));
    }

    [Fact]
    public void Reads_like_a_date_in_prose()
    {
        Assert.Equal("14 June 2025", DateText.Of("2025-06-14"));
        Assert.Equal("June 2025", DateText.Of("2025-06"));
        Assert.Equal("2025", DateText.Of("2025"));
        Assert.Equal("", DateText.Of(""));
    }
}
