using System.Text;

namespace Sitecast.Tests.Robust;

/// <summary>
/// Random text that tries everything a feed or page could choke on: code points from every Unicode plane,
/// control characters, lone and swapped surrogates, noncharacters, CR/LF mixes, right-to-left marks, and
/// fragments of markup, CDATA ends, entities and template syntax. Seeded, so a failure can be replayed.
/// </summary>
public sealed class HostileText(int seed)
{
    private static readonly string[] Fragments =
    [
        "]]>", "]]]]>>", "<![CDATA[", "&amp;", "&lt;", "&#0;", "&#x1;", "&", "<", ">", "\"", "'", "<script>alert(1)</script>",
        "<svg onload=alert(1)>", "</title>", "</h1><h1>", "<!--", "-->", "\u200F", "\u202E", "\u200B", "\u2028", "\u2029",
        "\r\n", "\r", "\n", "\t", "\0", "\u0085", "\uFEFF", "\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "\uDC00\uD800", "{{ x }}",
        "{% if %}", "\\", "%", "---", "# ", "*", "😀", "🎧", "𝔘", "中文", "ä", "\u0301",
    ];

    private readonly Random _random = new(seed);

    public string Next(int maxPieces = 24)
    {
        var text = new StringBuilder();
        int pieces = _random.Next(maxPieces + 1);
        for (int i = 0; i < pieces; i++)
        {
            switch (_random.Next(6))
            {
                case 0:
                    text.Append(Fragments[_random.Next(Fragments.Length)]);
                    break;
                case 1:
                    // Any UTF-16 code unit, surrogate halves and noncharacters included.
                    text.Append((char)_random.Next(0x10000));
                    break;
                case 2:
                    // A code point from a supplementary plane (1–16), as a proper surrogate pair.
                    text.Append(char.ConvertFromUtf32(_random.Next(0x10000, 0x110000)));
                    break;
                case 3:
                    text.Append((char)_random.Next(0x20));
                    break;
                default:
                    text.Append((char)_random.Next(0x20, 0x7F));
                    break;
            }
        }

        return text.ToString();
    }
}
