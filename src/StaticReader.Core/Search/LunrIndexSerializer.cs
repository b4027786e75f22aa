using System.Text;

namespace StaticReader.Core.Search;

/// <summary>
/// Writes a <see cref="LunrIndex"/> as the JSON text that <c>JSON.stringify(idx)</c> gives for
/// the same index in lunr.js 2.3.9, byte for byte; <c>lunr.Index.load(JSON.parse(text))</c> loads it.
/// </summary>
public static class LunrIndexSerializer
{
    private static readonly byte[] VersionKey = "{\"version\":"u8.ToArray();
    private static readonly byte[] FieldsKey = ",\"fields\":["u8.ToArray();
    private static readonly byte[] FieldVectorsKey = "],\"fieldVectors\":["u8.ToArray();
    private static readonly byte[] InvertedIndexKey = "],\"invertedIndex\":["u8.ToArray();
    private static readonly byte[] PipelineKey = "],\"pipeline\":["u8.ToArray();
    private static readonly byte[] IndexKey = ",{\"_index\":"u8.ToArray();
    private static readonly byte[] EmptyObject = ":{}"u8.ToArray();

    /// <summary>The index as a JSON string.</summary>
    public static string ToJson(LunrIndex index)
    {
        using var stream = new MemoryStream();
        WriteTo(index, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the index to <paramref name="stream"/> as UTF-8 JSON (no byte order mark).</summary>
    public static void WriteTo(LunrIndex index, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(stream);

        using var writer = new JsonUtf8Writer(stream);
        var encoded = new Dictionary<string, byte[]>(ReferenceEqualityComparer.Instance as IEqualityComparer<string>);

        writer.WriteRaw(VersionKey);
        writer.WriteString(index.Version);
        writer.WriteRaw(FieldsKey);
        WriteStrings(writer, index.Fields);
        writer.WriteRaw(FieldVectorsKey);
        WriteFieldVectors(writer, index, encoded);
        writer.WriteRaw(InvertedIndexKey);
        WriteInvertedIndex(writer, index, encoded);
        writer.WriteRaw(PipelineKey);
        WriteStrings(writer, index.Pipeline);
        writer.WriteRaw("]}"u8);
    }

    private static void WriteStrings(JsonUtf8Writer writer, IReadOnlyList<string> values)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                writer.WriteByte((byte)',');
            }

            writer.WriteString(values[i]);
        }
    }

    // ["field/ref",[index,score,...]], ...
    private static void WriteFieldVectors(JsonUtf8Writer writer, LunrIndex index, Dictionary<string, byte[]> encoded)
    {
        bool first = true;
        foreach (LunrFieldVector vector in index.FieldVectors)
        {
            writer.WriteRaw(first ? "[\""u8 : ",[\""u8);
            first = false;
            byte[] field = Encoded(vector.Field, encoded);
            writer.WriteRaw(field.AsSpan(1, field.Length - 2));
            writer.WriteByte((byte)'/');
            byte[] docRef = Encoded(vector.Ref, encoded);
            writer.WriteRaw(docRef.AsSpan(1));
            writer.WriteRaw(",["u8);
            for (int i = 0; i < vector.TermIndexes.Length; i++)
            {
                if (i > 0)
                {
                    writer.WriteByte((byte)',');
                }

                writer.WriteInt(vector.TermIndexes[i]);
                writer.WriteByte((byte)',');
                writer.WriteNumber(vector.Scores[i]);
            }

            writer.WriteRaw("]]"u8);
        }
    }

    // ["term",{"_index":n,"title":{"ref":{},...},...}], ...
    private static void WriteInvertedIndex(JsonUtf8Writer writer, LunrIndex index, Dictionary<string, byte[]> encoded)
    {
        bool first = true;
        foreach (LunrPosting posting in index.InvertedIndex)
        {
            writer.WriteRaw(first ? "["u8 : ",["u8);
            first = false;
            writer.WriteString(posting.Term);
            writer.WriteRaw(IndexKey);
            writer.WriteInt(posting.TermIndex);
            for (int f = 0; f < index.Fields.Length; f++)
            {
                writer.WriteByte((byte)',');
                writer.WriteRaw(Encoded(index.Fields[f], encoded));
                writer.WriteRaw(":{"u8);
                var refs = f < posting.RefsByField.Length ? posting.RefsByField[f] : [];
                for (int i = 0; i < refs.Length; i++)
                {
                    if (i > 0)
                    {
                        writer.WriteByte((byte)',');
                    }

                    writer.WriteRaw(Encoded(refs[i], encoded));
                    writer.WriteRaw(EmptyObject);
                }

                writer.WriteByte((byte)'}');
            }

            writer.WriteRaw("}]"u8);
        }
    }

    // Each distinct string instance is escaped and encoded once; references repeat in every posting.
    private static byte[] Encoded(string value, Dictionary<string, byte[]> encoded)
    {
        if (!encoded.TryGetValue(value, out byte[]? bytes))
        {
            bytes = JsonUtf8Writer.EncodeString(value);
            encoded.Add(value, bytes);
        }

        return bytes;
    }
}
