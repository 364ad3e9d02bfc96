using System.Collections;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Sitecast.Templates;

namespace Sitecast.Incremental;

/// <summary>
/// A fingerprint of what a page is rendered from: the theme's, the layout's name and every value in the model,
/// walked in order with a type tag before each value, so two models that would render differently never share
/// one. Only plain values are understood (text, numbers, dates, booleans, dictionaries, lists); a model holding
/// anything else has no fingerprint and is always rendered. XxHash128 is not for secrets, but for telling
/// apart the pages of one site it is collision-free in practice and fast enough to run over every page. Every
/// fingerprint starts with this build of the program (<see cref="ProgramBuild"/>): a new version renders anew.
/// Hashers are reused through the build's <see cref="FingerprintHashers"/>; nothing here outlives a build.
/// </summary>
public static class ModelFingerprint
{
    /// <param name="hashers">The build's spare hashers; without them each fingerprint makes its own.</param>
    public static string? Of(string themeFingerprint, string layout, IReadOnlyDictionary<string, object?> model,
        FingerprintHashers? hashers = null)
    {
        XxHash128 hash = hashers?.Rent() ?? new XxHash128();
        try
        {
            hash.AppendText(ProgramBuild.Id);
            hash.AppendText(themeFingerprint);
            hash.AppendText(layout);
            return Append(hash, model, depth: 0, hashers) ? Convert.ToHexStringLower(hash.GetCurrentHash()) : null;
        }
        finally
        {
            hashers?.Return(hash);
        }
    }

    /// <summary>A fingerprint of what is made from <paramref name="model"/> without a theme layout (a feed).</summary>
    public static string? Of(string what, IReadOnlyDictionary<string, object?> model) => Of("", what, model);

    /// <summary>A fingerprint of a sequence of texts (template files, settings).</summary>
    public static string OfTexts(IEnumerable<string> texts)
    {
        var hash = new XxHash128();
        hash.AppendText(ProgramBuild.Id);
        foreach (string text in texts) hash.AppendText(text);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static bool Append(XxHash128 hash, object? value, int depth, FingerprintHashers? hashers)
    {
        // Models are shallow trees; a deeper one is a cycle or not a model.
        if (depth > 32) return false;
        switch (value)
        {
            case null: AppendTag(hash, 'z'); return true;
            case string text: AppendTag(hash, 's'); hash.AppendText(text); return true;
            case Content.BodyHtml body when body.Key is { } key:
                // The Markdown index key stands for the HTML, so a page taken over never reads its body.
                AppendTag(hash, 'k');
                hash.AppendText(key);
                return true;
            case Content.BodyHtml body: AppendTag(hash, 's'); hash.AppendText(body.Decode()); return true;
            case bool flag: AppendTag(hash, flag ? 'T' : 'F'); return true;
            case int or long or short or byte or uint or ulong or double or float or decimal:
                AppendTag(hash, 'n');
                hash.AppendText(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                return true;
            case DateTimeOffset date:
                AppendTag(hash, 'd');
                hash.AppendText(date.ToString("O", CultureInfo.InvariantCulture));
                return true;
            case DateTime date:
                AppendTag(hash, 'D');
                hash.AppendText(date.ToString("O", CultureInfo.InvariantCulture) + date.Kind);
                return true;
            case SharedValues shared:
                // A post's values appear on its page and in several listings: hashed once, then stood in for by their
                // hash. Shared values are never changed once made, so the hash holds for as long as they live (two
                // threads that hash them at once store the same hash).
                byte[]? digest = shared.Digest;
                if (digest is null)
                {
                    XxHash128 inner = hashers?.Rent() ?? new XxHash128();
                    try
                    {
                        if (!AppendMap(inner, shared, depth + 1, hashers)) return false;
                        shared.Digest = digest = inner.GetCurrentHash();
                    }
                    finally
                    {
                        hashers?.Return(inner);
                    }
                }

                AppendTag(hash, 'h');
                hash.Append(digest);
                return true;
            case IReadOnlyDictionary<string, object?> map:
                return AppendMap(hash, map, depth, hashers);
            case IReadOnlyDictionary<string, string> strings:
                AppendTag(hash, 'M');
                foreach (var (key, item) in strings)
                {
                    hash.AppendText(key);
                    hash.AppendText(item);
                }

                AppendTag(hash, 'e');
                return true;
            case IEnumerable list:
                AppendTag(hash, 'l');
                foreach (object? item in list)
                    if (!Append(hash, item, depth + 1, hashers)) return false;
                AppendTag(hash, 'e');
                return true;
            default:
                return false;
        }
    }

    private static bool AppendMap(XxHash128 hash, IReadOnlyDictionary<string, object?> map, int depth, FingerprintHashers? hashers)
    {
        AppendTag(hash, 'm');
        foreach (var (key, item) in map)
        {
            hash.AppendText(key);
            if (!Append(hash, item, depth + 1, hashers)) return false;
        }

        AppendTag(hash, 'e');
        return true;
    }

    private static void AppendTag(XxHash128 hash, char tag) => hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<char>(in tag)));
}
