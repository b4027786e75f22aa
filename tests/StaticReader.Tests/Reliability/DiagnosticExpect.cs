using StaticReader.Core.Diagnostics;
using StaticReader.Core.Pipeline;

namespace StaticReader.Tests.Reliability;

/// <summary>Assertions on the quality of diagnostics: where, what, and how to fix it.</summary>
public static class DiagnosticExpect
{
    /// <summary>Every error of a failed build has a path, a message and a hint; returns the errors.</summary>
    public static IReadOnlyList<Diagnostic> WellFormedErrors(BuildResult result)
    {
        Assert.False(result.Published, "the build should have failed");
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.NotEmpty(errors);
        foreach (var error in result.Diagnostics)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Path), "a diagnostic without a path: " + error);
            Assert.False(string.IsNullOrWhiteSpace(error.Message), "a diagnostic without a message: " + error);
            Assert.True(error.Line >= 0 && error.Column >= 0, "negative position: " + error);
            Assert.DoesNotContain("   at ", error.Message);
            Assert.DoesNotContain("Exception", error.Message);
        }

        foreach (var error in errors)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Hint), "an error without a hint: " + error);
        }

        return errors;
    }

    /// <summary>Finds the error the case expects and checks its position and message.</summary>
    public static Diagnostic Matches(BadInputCase expected, IReadOnlyList<Diagnostic> errors)
    {
        var all = string.Join("\n", errors);
        var candidates = errors.Where(e => e.Path.EndsWith(expected.PathEnd, StringComparison.Ordinal) &&
            e.Message.Contains(expected.Message, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(candidates.Count > 0, $"no error at *{expected.PathEnd} containing \"{expected.Message}\"; got:\n{all}");
        var error = candidates[0];
        switch (expected.Line)
        {
            case BadInputCase.AnyLine:
                Assert.True(error.Line > 0, "the position is knowable but the line is 0: " + error);
                break;
            default:
                Assert.True(expected.Line == error.Line, $"expected line {expected.Line}: {error}");
                break;
        }

        if (expected.Column > 0)
        {
            Assert.True(expected.Column == error.Column, $"expected column {expected.Column}: {error}");
        }

        return error;
    }
}
