using System.Text;

namespace Sitecast.Content;

/// <summary>URL slugs the German way: ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped, anything else a hyphen.</summary>
public static class Slug
{
    private static readonly Dictionary<char, string> Transliterations = new()
    {
        ['ä'] = "ae", ['ö'] = "oe", ['ü'] = "ue", ['ß'] = "ss", ['ẞ'] = "ss",
        ['à'] = "a", ['á'] = "a", ['â'] = "a", ['ã'] = "a", ['å'] = "a", ['æ'] = "ae",
        ['ç'] = "c", ['è'] = "e", ['é'] = "e", ['ê'] = "e", ['ë'] = "e",
        ['ì'] = "i", ['í'] = "i", ['î'] = "i", ['ï'] = "i", ['ñ'] = "n",
        ['ò'] = "o", ['ó'] = "o", ['ô'] = "o", ['õ'] = "o", ['ø'] = "oe", ['œ'] = "oe",
        ['ù'] = "u", ['ú'] = "u", ['û'] = "u", ['ý'] = "y", ['ÿ'] = "y",
        ['ł'] = "l", ['š'] = "s", ['ž'] = "z", ['č'] = "c", ['ć'] = "c", ['ř'] = "r",
    };

    public static string From(string text)
    {
        var slug = new StringBuilder(text.Length);
        bool pendingHyphen = false;
        foreach (char raw in text.ToLowerInvariant())
        {
            bool plain = raw is >= 'a' and <= 'z' or >= '0' and <= '9';
            string? piece = plain ? null : Transliterations.GetValueOrDefault(raw);
            if (!plain && piece is null)
            {
                pendingHyphen = slug.Length > 0;
                continue;
            }

            if (pendingHyphen) slug.Append('-');
            pendingHyphen = false;
            // A letter or digit as it is, without a string for it: tags are made into slugs on every build.
            if (plain) slug.Append(raw);
            else slug.Append(piece);
        }

        return slug.ToString();
    }

    /// <summary>True for a slug that is safe as one URL path segment and one folder name.</summary>
    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= 200 &&
        slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') &&
        !slug.StartsWith('-') && !slug.EndsWith('-');
}
