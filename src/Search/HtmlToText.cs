using System.Buffers;
using System.Net;

namespace Sitecast.Search;

/// <summary>
/// The readable text of rendered HTML: tags become spaces, then entities are decoded, then every run of whitespace
/// (<see cref="char.IsWhiteSpace(char)"/>) becomes one space, with none at either end.
/// </summary>
public static class HtmlToText
{
    public static string Of(string html)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(html.Length, 1));
        try
        {
            // Most HTML has no entity in its text: tags and whitespace are then dealt with in one pass.
            int length = StripTagsAndWhitespace(html, buffer, out bool hasEntity);
            if (!hasEntity) return new string(buffer, 0, length);

            // Entities are decoded after the tags are gone, so an escaped "&lt;b&gt;" stays text; what they decode
            // to may be whitespace (&nbsp;), so whitespace is collapsed after decoding.
            length = StripTags(html, buffer);
            string decoded = WebUtility.HtmlDecode(new string(buffer, 0, length));
            // An entity is never shorter than what it stands for; the check only guards that assumption.
            return CollapseWhitespace(decoded, decoded.Length <= buffer.Length ? buffer : new char[decoded.Length]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The text outside tags, whitespace collapsed as <see cref="CollapseWhitespace"/> does, a tag counting as a space;
    /// reports an '&amp;' in the text, after which the result is of no use.
    /// </summary>
    private static int StripTagsAndWhitespace(ReadOnlySpan<char> html, Span<char> target, out bool hasEntity)
    {
        int length = 0;
        bool inTag = false;
        bool spaceDue = false;
        foreach (char c in html)
        {
            if (c == '<')
            {
                inTag = true;
                spaceDue = length > 0;
            }
            else if (inTag)
            {
                if (c == '>') inTag = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                spaceDue = length > 0;
            }
            else if (c == '&')
            {
                hasEntity = true;
                return 0;
            }
            else
            {
                if (spaceDue)
                {
                    target[length++] = ' ';
                    spaceDue = false;
                }

                target[length++] = c;
            }
        }

        hasEntity = false;
        return length;
    }

    /// <summary>Copies everything outside tags to <paramref name="target"/>, a space for each tag; returns the length.</summary>
    private static int StripTags(ReadOnlySpan<char> html, Span<char> target)
    {
        int length = 0;
        bool inTag = false;
        foreach (char c in html)
        {
            if (c == '<') { inTag = true; target[length++] = ' '; }
            else if (c == '>' && inTag) inTag = false;
            else if (!inTag) target[length++] = c;
        }

        return length;
    }

    /// <summary>The words of <paramref name="text"/>, split at whitespace, joined by single spaces.</summary>
    private static string CollapseWhitespace(ReadOnlySpan<char> text, Span<char> target)
    {
        int length = 0;
        bool spaceDue = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                spaceDue = length > 0;
                continue;
            }

            if (spaceDue)
            {
                target[length++] = ' ';
                spaceDue = false;
            }

            target[length++] = c;
        }

        return new string(target[..length]);
    }
}
