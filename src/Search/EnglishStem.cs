namespace Sitecast.Search;

/// <summary>
/// The stemming rules for English text (see <see cref="SearchText"/>), as light as the German ones, and mirrored by
/// stemEnglish in theme/assets/js/search.js:
/// <list type="number">
/// <item>Plurals: -ies → -y ("cities" → city) when two letters stay; -es after s, x, z, ch, sh is cut ("boxes" → box);
/// else a final -s that is not -ss, -us or -is ("parks" → park).</item>
/// <item>Then -ing or -ed is cut when three letters stay, and a doubled last consonant but l, s, z is undoubled
/// ("planning", "planned" → plan); else -ly is cut ("quickly" → quick).</item>
/// <item>Then a final -e is cut when three letters stay, so "measure", "measured" and "measuring" are all measur.</item>
/// </list>
/// </summary>
internal static class EnglishStem
{
    /// <summary>How much of a folded word its stem keeps; may turn the i of -ies into y in place.</summary>
    public static int Length(Span<char> word)
    {
        int n = word.Length;
        if (n >= 5 && Ends(word, n, "ies"))
        {
            word[n - 3] = 'y';
            n -= 2;
        }
        else if (n - 2 >= 3 && Ends(word, n, "es") && (Ends(word, n - 2, "s") || Ends(word, n - 2, "x") || Ends(word, n - 2, "z")
                     || Ends(word, n - 2, "ch") || Ends(word, n - 2, "sh")))
        {
            n -= 2;
        }
        else if (n - 1 >= 3 && word[n - 1] == 's' && !Ends(word, n, "ss") && !Ends(word, n, "us") && !Ends(word, n, "is"))
        {
            n -= 1;
        }

        int cut = n - 3 >= 3 && Ends(word, n, "ing") ? 3 : n - 2 >= 3 && Ends(word, n, "ed") ? 2 : 0;
        if (cut > 0)
        {
            n -= cut;
            char last = word[n - 1];
            if (word[n - 2] == last && last is not ('l' or 's' or 'z') && IsConsonant(last)) n -= 1;
        }
        else if (n - 2 >= 3 && Ends(word, n, "ly"))
        {
            n -= 2;
        }

        if (n - 1 >= 3 && word[n - 1] == 'e') n -= 1;
        return n;
    }

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && c is not ('a' or 'e' or 'i' or 'o' or 'u');

    private static bool Ends(ReadOnlySpan<char> word, int length, string suffix) =>
        length >= suffix.Length && word[..length].EndsWith(suffix, StringComparison.Ordinal);
}
