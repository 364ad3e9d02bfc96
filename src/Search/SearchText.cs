using System.Text;

namespace Sitecast.Search;

/// <summary>
/// How text becomes search terms, German-aware and kept deliberately simple. theme/assets/js/search.js does the
/// same to queries; the two must change together (a test compares them).
/// <list type="number">
/// <item>Lowercase; split at every character that is not a letter or digit.</item>
/// <item>ß → ss; accents dropped (é → e); umlauts ä ö ü → a o u. The index also holds the spelling ae oe ue,
/// so "München", "Munchen" and "Muenchen" all find each other; a query typed with ae oe ue also looks for a o u.</item>
/// <item>Stemming: -ungen → -ung; then -ung, or the first of -ern -em -en -er -es -e -n -s, is cut when at least
/// three letters stay ("Städte" and "Stadt" → stadt, "Planungen" → plan).</item>
/// <item>Terms shorter than two letters are dropped.</item>
/// </list>
/// </summary>
public static class SearchText
{
    private static readonly string[] Suffixes = ["ern", "em", "en", "er", "es", "e", "n", "s"];

    /// <summary>The terms of a text for the index: each word once per spelling, in order of appearance.</summary>
    public static IEnumerable<string> IndexTerms(string text)
    {
        foreach (string word in Words(text))
        {
            string plain = Stem(Fold(word, umlautAsE: false));
            if (plain.Length >= 2) yield return plain;
            if (!word.AsSpan().ContainsAny("äöü")) continue;
            string spelled = Stem(Fold(word, umlautAsE: true));
            if (spelled != plain && spelled.Length >= 2) yield return spelled;
        }
    }

    /// <summary>The terms of a query: one per word.</summary>
    public static IReadOnlyList<string> QueryTerms(string query) =>
        Words(query).Select(w => Stem(Fold(w, umlautAsE: false))).Where(t => t.Length >= 2).ToList();

    /// <summary>
    /// What each query word may stand for: its term, and for a word typed with ae, oe or ue (no umlaut key at hand)
    /// also the term with a, o, u, so "staedte" finds "Stadt" as well as "Städte".
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> QueryAlternatives(string query) =>
        Words(query)
            .Select(word =>
            {
                string folded = Fold(word, umlautAsE: false);
                string plain = folded.Replace("ae", "a").Replace("oe", "o").Replace("ue", "u");
                return (IReadOnlyList<string>)new[] { Stem(folded), Stem(plain) }.Where(t => t.Length >= 2).Distinct().ToList();
            })
            .Where(alternatives => alternatives.Count > 0)
            .ToList();

    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0) yield return word.ToString();
    }

    public static string Fold(string word, bool umlautAsE)
    {
        var folded = new StringBuilder(word.Length + 2);
        foreach (char c in word)
        {
            switch (c)
            {
                case 'ß': folded.Append("ss"); break;
                case 'ä': folded.Append(umlautAsE ? "ae" : "a"); break;
                case 'ö': folded.Append(umlautAsE ? "oe" : "o"); break;
                case 'ü': folded.Append(umlautAsE ? "ue" : "u"); break;
                case 'à' or 'á' or 'â' or 'ã' or 'å': folded.Append('a'); break;
                case 'è' or 'é' or 'ê' or 'ë': folded.Append('e'); break;
                case 'ì' or 'í' or 'î' or 'ï': folded.Append('i'); break;
                case 'ò' or 'ó' or 'ô' or 'õ' or 'ø': folded.Append('o'); break;
                case 'ù' or 'ú' or 'û': folded.Append('u'); break;
                case 'ç': folded.Append('c'); break;
                case 'ñ': folded.Append('n'); break;
                default: folded.Append(c); break;
            }
        }

        return folded.ToString();
    }

    public static string Stem(string word)
    {
        if (word.EndsWith("ungen", StringComparison.Ordinal)) word = word[..^2];
        if (word.EndsWith("ung", StringComparison.Ordinal) && word.Length - 3 >= 3) return word[..^3];
        foreach (string suffix in Suffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 3)
                return word[..^suffix.Length];
        }

        return word;
    }
}
