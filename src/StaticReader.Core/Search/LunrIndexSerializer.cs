using System.Runtime.CompilerServices;
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
        var encoded = new StringBytes(JsonUtf8Writer.EncodeString);

        writer.WriteRaw(VersionKey);
        writer.WriteString(index.Version);
        writer.WriteRaw(FieldsKey);
        WriteStrings(writer, index.Fields);
        writer.WriteRaw(FieldVectorsKey);
        WriteFieldVectors(writer, index, encoded);
        writer.WriteRaw(InvertedIndexKey);
        WriteInvertedIndex(writer, index, encoded, new StringBytes(PostingMember));
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
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteFieldVectors(JsonUtf8Writer writer, LunrIndex index, StringBytes encoded)
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
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteInvertedIndex(JsonUtf8Writer writer, LunrIndex index, StringBytes encoded, StringBytes members)
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
                    byte[] member = Encoded(refs[i], members); // ,"ref":{}
                    writer.WriteRaw(i == 0 ? member.AsSpan(1) : member);
                }

                writer.WriteByte((byte)'}');
            }

            writer.WriteRaw("}]"u8);
        }
    }

    private static byte[] Encoded(string value, StringBytes cache) => cache.Get(value);

    // ,"ref":{} : one member of a posting's field object, with its leading comma.
    private static byte[] PostingMember(string docRef)
    {
        byte[] name = JsonUtf8Writer.EncodeString(docRef);
        var member = new byte[1 + name.Length + EmptyObject.Length];
        member[0] = (byte)',';
        name.CopyTo(member, 1);
        EmptyObject.CopyTo(member, 1 + name.Length);
        return member;
    }

    // Each distinct string instance is encoded once: references repeat in every posting.
    private sealed class StringBytes(Func<string, byte[]> encode)
    {
        private readonly Dictionary<object, byte[]> cache = new(ReferenceEqualityComparer.Instance);

        public byte[] Get(string value)
        {
            if (!cache.TryGetValue(value, out byte[]? bytes))
            {
                bytes = encode(value);
                cache.Add(value, bytes);
            }

            return bytes;
        }
    }
}
