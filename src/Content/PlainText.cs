using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Sitecast.Content;

/// <summary>Text without markup, for excerpts, descriptions and word counts.</summary>
public static class PlainText
{
    public static string Of(LeafBlock block)
    {
        var text = new StringBuilder();
        if (block.Inline is not null) Append(block.Inline, text);
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The text inside an inline container, e.g. an image's alt text.</summary>
    public static string OfInline(ContainerInline container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(ContainerInline container, StringBuilder text)
    {
        foreach (Inline inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case Markdig.Extensions.SmartyPants.SmartyPant pant: text.Append(pant.OpeningCharacter == '\'' ? '’' : '"'); break;
                case ContainerInline child: Append(child, text); break;
            }
        }
    }

    public static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }

        return words;
    }
}
