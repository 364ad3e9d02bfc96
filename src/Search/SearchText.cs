using System.Buffers;

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
/// <item>English text (the pages of an English site, or of a site's English half) is stemmed by
/// <see cref="EnglishStem"/> instead.</item>
/// <item>Terms shorter than two letters are dropped.</item>
/// </list>
/// The rules are written once, over spans: the index runs them over every word of every page, so they neither make
/// a string per word nor per step; the string methods below are the same rules for queries and tests.
/// </summary>
public static class SearchText
{
    private static readonly string[] Suffixes = ["ern", "em", "en", "er", "es", "e", "n", "s"];

    // Words up to this length are folded in a buffer on the stack; longer ones (rare: long numbers, run-together
    // identifiers) in one rented from the pool. Folding can double a word's length (ß → ss, ä → ae), and a word
    // with umlauts needs room for both spellings: four characters per character of the word.
    private const int StackWordLength = 128;

    /// <summary>The terms of a text for the index: each word once per spelling, in order of appearance.</summary>
    public static IEnumerable<string> IndexTerms(string text, bool english = false)
    {
        var terms = new TermList();
        foreach (ReadOnlySpan<char> word in EnumerateWords(text)) IndexTermsOfWord(word, terms, english);
        return terms.Terms;
    }

    /// <summary>
    /// Hands every index term of <paramref name="text"/> to <paramref name="sink"/>, in order of appearance
    /// (see <see cref="IndexTermsOfWord"/>).
    /// </summary>
    public static void IndexTerms(ReadOnlySpan<char> text, ITermSink sink)
    {
        foreach (ReadOnlySpan<char> word in EnumerateWords(text)) IndexTermsOfWord(word, sink);
    }

    /// <summary>
    /// Hands the index terms of one word, as written, to <paramref name="sink"/>: its folded, stemmed term, then,
    /// for a word with ä ö ü, its spelling with ae oe ue when that differs.
    /// </summary>
    public static void IndexTermsOfWord(ReadOnlySpan<char> word, ITermSink sink, bool english = false)
    {
        char[]? rented = null;
        Span<char> buffer = word.Length <= StackWordLength
            ? stackalloc char[4 * word.Length]
            : (rented = ArrayPool<char>.Shared.Rent(4 * word.Length));

        int foldedLength = Fold(word, lowercase: true, umlautAsE: false, buffer, out bool hasUmlaut);
        ReadOnlySpan<char> plain = buffer[..StemLength(buffer[..foldedLength], english)];
        if (plain.Length >= 2) sink.Add(plain);
        if (hasUmlaut)
        {
            // Only words with ä ö ü have a second spelling; it goes behind the first in the same buffer.
            Span<char> second = buffer[(2 * word.Length)..];
            int spelledLength = Fold(word, lowercase: true, umlautAsE: true, second, out _);
            ReadOnlySpan<char> spelled = second[..StemLength(second[..spelledLength], english)];
            if (!spelled.SequenceEqual(plain) && spelled.Length >= 2) sink.Add(spelled);
        }

        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
    }

    /// <summary>The words of a text as written, as spans over it: <c>foreach (var word in EnumerateWords(text))</c>.</summary>
    public static WordEnumerator EnumerateWords(ReadOnlySpan<char> text) => new(text);

    /// <summary>The terms of a query: one per word.</summary>
    public static IReadOnlyList<string> QueryTerms(string query, bool english = false) =>
        Words(query).Select(w => Stem(Fold(w, umlautAsE: false), english)).Where(t => t.Length >= 2).ToList();

    /// <summary>
    /// What each query word may stand for: its term, and for a word typed with ae, oe or ue (no umlaut key at hand)
    /// also the term with a, o, u, so "staedte" finds "Stadt" as well as "Städte".
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> QueryAlternatives(string query, bool english = false) =>
        Words(query)
            .Select(word =>
            {
                string folded = Fold(word, umlautAsE: false);
                string plain = folded.Replace("ae", "a").Replace("oe", "o").Replace("ue", "u");
                return (IReadOnlyList<string>)new[] { Stem(folded, english), Stem(plain, english) }.Where(t => t.Length >= 2).Distinct().ToList();
            })
            .Where(alternatives => alternatives.Count > 0)
            .ToList();

    /// <summary>The words of a text, lowercased.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var words = new List<string>();
        foreach (ReadOnlySpan<char> word in EnumerateWords(text))
        {
            char[] lowered = new char[word.Length];
            for (int i = 0; i < word.Length; i++) lowered[i] = char.ToLowerInvariant(word[i]);
            words.Add(new string(lowered));
        }

        return words;
    }

    /// <summary>A word with ß, accents and umlauts folded; the word is expected in lowercase.</summary>
    public static string Fold(string word, bool umlautAsE)
    {
        char[] buffer = new char[2 * word.Length];
        int length = Fold(word, lowercase: false, umlautAsE, buffer, out _);
        return new string(buffer, 0, length);
    }

    public static string Stem(string word, bool english = false)
    {
        char[] letters = word.ToCharArray();
        return new string(letters, 0, StemLength(letters, english));
    }

    /// <summary>
    /// Folds <paramref name="word"/> into <paramref name="target"/> (twice the word's length is always enough),
    /// lowercasing it first if asked, and returns the folded length; tells whether the word has ä, ö or ü.
    /// </summary>
    private static int Fold(ReadOnlySpan<char> word, bool lowercase, bool umlautAsE, Span<char> target, out bool hasUmlaut)
    {
        hasUmlaut = false;
        int length = 0;
        foreach (char original in word)
        {
            // ASCII, most of any text, needs no folding: only A–Z are lowercased.
            if (char.IsAscii(original))
            {
                target[length++] = lowercase && char.IsAsciiLetterUpper(original) ? (char)(original | 0x20) : original;
                continue;
            }

            char c = lowercase ? char.ToLowerInvariant(original) : original;
            switch (c)
            {
                case 'ß': target[length++] = 's'; target[length++] = 's'; break;
                case 'ä' or 'ö' or 'ü':
                    hasUmlaut = true;
                    target[length++] = c == 'ä' ? 'a' : c == 'ö' ? 'o' : 'u';
                    if (umlautAsE) target[length++] = 'e';
                    break;
                case 'à' or 'á' or 'â' or 'ã' or 'å': target[length++] = 'a'; break;
                case 'è' or 'é' or 'ê' or 'ë': target[length++] = 'e'; break;
                case 'ì' or 'í' or 'î' or 'ï': target[length++] = 'i'; break;
                case 'ò' or 'ó' or 'ô' or 'õ' or 'ø': target[length++] = 'o'; break;
                case 'ù' or 'ú' or 'û': target[length++] = 'u'; break;
                case 'ç': target[length++] = 'c'; break;
                case 'ñ': target[length++] = 'n'; break;
                default: target[length++] = c; break;
            }
        }

        return length;
    }

    /// <summary>How much of a folded word its stem keeps.</summary>
    private static int StemLength(Span<char> word, bool english) => english ? EnglishStem.Length(word) : StemLength(word);

    private static int StemLength(ReadOnlySpan<char> word)
    {
        int length = word.Length;
        if (length < 3) return length;
        if (EndsWith(word, length, "ungen")) length -= 2;
        if (EndsWith(word, length, "ung") && length - 3 >= 3) return length - 3;
        char last = word[length - 1];
        foreach (string suffix in Suffixes)
        {
            // The last letter rules out most suffixes before any longer comparison.
            if (suffix[^1] == last && length - suffix.Length >= 3 && EndsWith(word, length, suffix)) return length - suffix.Length;
        }

        return length;
    }

    /// <summary>
    /// Whether the first <paramref name="length"/> characters of <paramref name="word"/> end with
    /// <paramref name="suffix"/>. Compared by hand from the last character on: stemming asks this up to ten times
    /// per word, and most suffixes fail at the first comparison.
    /// </summary>
    private static bool EndsWith(ReadOnlySpan<char> word, int length, string suffix)
    {
        if (length < suffix.Length) return false;
        for (int i = 1; i <= suffix.Length; i++)
        {
            if (word[length - i] != suffix[^i]) return false;
        }

        return true;
    }
}
