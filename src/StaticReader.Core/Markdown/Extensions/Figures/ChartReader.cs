using StaticReader.Core.Content;
using StaticReader.Core.Csv;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Loading;
using YamlDotNet.RepresentationModel;

namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// Reads the YAML of a <c>```chart</c> block into a <see cref="ChartSpec"/>: its fields, its data (inline rows or a CSV
/// file of <c>input/data/</c>), the columns it draws. Every problem is reported where it stands; any error gives null.
/// </summary>
public static class ChartReader
{
    private static readonly string[] Fields = ["type", "title", "id", "caption", "data", "x", "y", "unit", "source", "note"];

    /// <summary>Reads one chart block's YAML.</summary>
    public static ChartSpec? Read(string yaml, ChartSource at)
    {
        var diagnostics = at.Diagnostics;
        var errors = new DiagnosticBag();
        var fields = YamlDocumentReader.Read(yaml, at.FirstLine, at.Path, errors, "a chart block");
        if (fields is null)
        {
            Forward(errors, diagnostics);
            return null;
        }

        foreach (var name in fields.Names.Where(n => !Fields.Contains(n, StringComparer.Ordinal)))
        {
            var near = Suggestions.Nearest(name, Fields);
            fields.Report(fields.Node(name)!, $"a chart has no field '{name}'" + (near is null ? "" : $" (did you mean '{near}'?)"),
                "a chart's fields are " + string.Join(", ", Fields));
        }

        var type = Type(fields, at);
        var title = fields.Text("title");
        if (title is null)
        {
            errors.Error(at.Path, at.FirstLine - 1, 1, "a chart needs a title", "add a line such as: title: Chips per system");
        }

        var table = Data(fields, at, errors);
        var id = fields.Text("id") ?? (title is null ? null : "fig-" + Slugs.FromText(title));
        if (fields.Text("id") is { } written && Slugs.FromText(written) != written)
        {
            fields.Report(fields.Node("id")!, $"the figure id '{written}' is not a slug", $"write lower-case words and hyphens, e.g. id: {Slugs.FromText(written)}");
        }

        ChartSpec? spec = null;
        if (table is not null && title is not null && type is not null && id is not null)
        {
            spec = Columns(fields, table, type.Value, title, id, at, errors);
        }

        Forward(errors, diagnostics);
        return errors.HasErrors ? null : spec;
    }

    private static void Forward(DiagnosticBag from, DiagnosticBag to)
    {
        foreach (var d in from.ToSortedList())
        {
            to.Add(d);
        }
    }

    private static ChartType? Type(YamlFields fields, ChartSource at)
    {
        var text = fields.Text("type") ?? "bar";
        if (Enum.TryParse<ChartType>(text, ignoreCase: true, out var type) && text.All(char.IsLetter))
        {
            return type;
        }

        fields.Report(fields.Node("type")!, $"unknown chart type '{text}'", "write type: bar, column, line, dot or stacked");
        return null;
    }

    private static ChartTable? Data(YamlFields fields, ChartSource at, DiagnosticBag errors)
    {
        switch (fields.Node("data"))
        {
            case null:
                errors.Error(at.Path, at.FirstLine - 1, 1, "a chart needs data",
                    "add rows, e.g. data: [{ system: NVL72, chips: 72 }], or a CSV file: data: data/chips.csv");
                return null;
            case YamlScalarNode { Value: { } path } node:
                return Csv(path.Trim(), node, fields, at, errors);
            case YamlSequenceNode rows:
                return Inline(rows, fields, at);
            case var other:
                fields.Report(other, "'data' must be a list of rows or the path of a CSV file",
                    "write data: [{ system: NVL72, chips: 72 }] or data: data/chips.csv");
                return null;
        }
    }

    private static ChartTable? Csv(string path, YamlNode node, YamlFields fields, ChartSource at, DiagnosticBag errors)
    {
        if (!path.StartsWith("data/", StringComparison.Ordinal) || !path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.Contains(".."))
        {
            fields.Report(node, $"the chart data '{path}' is not a CSV file of input/data/", "write data: data/<name>.csv");
            return null;
        }

        if (at.DataFile(path) is not { } file)
        {
            fields.Report(node, $"the CSV file '{path}' does not exist", $"create input/{path}, with a header row of column names");
            return null;
        }

        var table = ChartCsv.Read(file, errors);
        if (table is not null && table.Rows.Count == 0)
        {
            fields.Report(node, $"'{path}' has no rows under its header", "add one row per category");
            return null;
        }

        return table;
    }

    private static ChartTable? Inline(YamlSequenceNode sequence, YamlFields fields, ChartSource at)
    {
        var columns = new List<string>();
        var rows = new List<IReadOnlyDictionary<string, ChartCell>>();
        var ok = true;
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode map)
            {
                fields.Report(item, "each row of 'data' must map columns to values", "write - { system: NVL72, chips: 72 }");
                ok = false;
                continue;
            }

            var row = new Dictionary<string, ChartCell>(StringComparer.Ordinal);
            foreach (var (key, value) in map.Children)
            {
                if (key is not YamlScalarNode { Value: { } name } || value is not YamlScalarNode { Value: var text })
                {
                    fields.Report(value, "each value of a row must be a single number or text", "write - { system: NVL72, chips: 72 }");
                    ok = false;
                    continue;
                }

                if (!columns.Contains(name))
                {
                    columns.Add(name);
                }

                row[name] = new ChartCell((text ?? "").Trim(), at.Path, (int)value.Start.Line + at.FirstLine - 1, (int)value.Start.Column);
            }

            rows.Add(row);
        }

        if (rows.Count == 0 && ok)
        {
            fields.Report(sequence, "'data' has no rows", "write one row per category, e.g. - { system: NVL72, chips: 72 }");
            ok = false;
        }

        return ok ? new ChartTable(columns, rows, "the data") : null;
    }

    private static ChartSpec? Columns(YamlFields fields, ChartTable table, ChartType type, string title, string id, ChartSource at, DiagnosticBag errors)
    {
        var x = fields.Text("x") ?? table.Columns[0];
        var ys = fields.Node("y") is null ? table.Columns.Where(c => c != x).ToList() : fields.List("y").ToList();
        var ok = Known(fields, "x", [x], table) & Known(fields, "y", ys, table);
        if (ys.Count == 0)
        {
            errors.Error(at.Path, at.FirstLine - 1, 1, "a chart needs a column of values", "name it with y: (e.g. y: chips)");
            return null;
        }

        if (!ok)
        {
            return null;
        }

        var labels = new List<string>();
        foreach (var row in table.Rows)
        {
            labels.Add(row.TryGetValue(x, out var label) ? label.Text : "");
        }

        var series = new List<ChartSeries>();
        foreach (var y in ys)
        {
            var values = new List<double>();
            var texts = new List<string>();
            for (var i = 0; i < table.Rows.Count; i++)
            {
                if (!table.Rows[i].TryGetValue(y, out var cell) || cell.Text.Length == 0)
                {
                    var where = table.Rows[i].Values.FirstOrDefault();
                    errors.Error(where?.Path ?? at.Path, where?.Line ?? at.FirstLine, where?.Column ?? 1,
                        $"the row '{labels[i]}' has no value in the column '{y}'", $"give every row a number for '{y}'");
                    ok = false;
                    continue;
                }

                if (!PlainNumber.TryParse(cell.Text, out var value))
                {
                    errors.Error(cell.Path, cell.Line, cell.Column, $"'{cell.Text}' in the column '{y}' is not a number",
                        "write a plain number with a decimal point and no thousands separator or unit, e.g. 1500 or 2.5 (put the unit in unit:)");
                    ok = false;
                    continue;
                }

                if (type == ChartType.Stacked && value < 0)
                {
                    errors.Error(cell.Path, cell.Line, cell.Column, $"a stacked chart cannot stack the negative value {cell.Text}", "use type: bar for values below zero");
                    ok = false;
                }

                values.Add(value);
                texts.Add(cell.Text);
            }

            series.Add(new ChartSeries(y, values, texts));
        }

        if (!ok)
        {
            return null;
        }

        var source = fields.Text("source");
        if (source is not null && !at.IsSourceKey(source) && Slugs.FromText(source) == source && fields.Node("source") is { } node)
        {
            // One lower-case word with hyphens reads as a mistyped key more often than as a credit line.
            errors.Warning(at.Path, (int)node.Start.Line + at.FirstLine - 1, (int)node.Start.Column,
                $"the chart's source '{source}' is no source key, so it is shown as written",
                "to cite a source, write the name of its file in input/sources/ without .md; a credit in words is fine as it is");
        }

        return new ChartSpec(type, title, id, fields.Text("caption"), x, labels, series, fields.Text("unit"), source,
            source is not null && at.IsSourceKey(source), fields.Text("note"));
    }

    private static bool Known(YamlFields fields, string name, IReadOnlyList<string> columns, ChartTable table)
    {
        var ok = true;
        foreach (var column in columns.Where(c => !table.Columns.Contains(c)))
        {
            var near = Suggestions.Nearest(column, table.Columns);
            fields.Report(fields.Node(name)!, $"unknown column '{column}' in '{name}'" + (near is null ? "" : $" (did you mean '{near}'?)"),
                $"{table.Origin} has the columns " + string.Join(", ", table.Columns));
            ok = false;
        }

        return ok;
    }
}
