using System.Text;

namespace Sitecast.Tests.Robust;

/// <summary>
/// What a string must read back as from an XML document, worked out from the XML 1.0 specification itself
/// (section 2.2 Char, section 2.11 end-of-line handling), independently of the generator's own cleaning code.
/// </summary>
public static class XmlExpectation
{
    /// <summary>Element text: only the characters XML 1.0 allows, by code point, with CR LF and lone CR read as LF.</summary>
    public static string Text(string input) => Allowed(input).Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>
    /// Attribute values: the allowed characters exactly. A writer must send CR, LF and tab there as character
    /// references, or the reader's attribute-value normalization (section 3.3.3) turns them into spaces.
    /// </summary>
    public static string Attribute(string input) => Allowed(input);

    private static string Allowed(string input)
    {
        var kept = new StringBuilder();
        int i = 0;
        while (i < input.Length)
        {
            int codePoint;
            int width;
            if (i + 1 < input.Length && input[i] is >= '\uD800' and <= '\uDBFF' && input[i + 1] is >= '\uDC00' and <= '\uDFFF')
            {
                codePoint = 0x10000 + ((input[i] - 0xD800) << 10) + (input[i + 1] - 0xDC00);
                width = 2;
            }
            else
            {
                codePoint = input[i];
                width = 1;
            }

            // Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
            bool allowed = codePoint is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
            if (allowed) kept.Append(input, i, width);
            i += width;
        }

        return kept.ToString();
    }
}
