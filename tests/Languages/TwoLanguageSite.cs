namespace Sitecast.Tests.Languages;

/// <summary>
/// An inline site in German (default, at /) and English (at /en/): a post and a page in both languages, a post
/// only in German, a post only in English (by lang: in its front matter), and menus per language.
/// </summary>
public static class TwoLanguageSite
{
    public const string Files = """
        -- site.yml --
        title: Stadtlabor
        description: Notizen aus dem Rathaus
        baseUrl: https://example.org/
        timeZone: Europe/Berlin
        postsPerPage: 10
        authors:
          - id: anna
            name: Anna Beispiel
        languages:
          - code: de
            menu:
              - title: Blog
                url: /blog/
              - title: Suche
                page: search
            footer:
              - title: Impressum
                page: impressum
          - code: en
            title: City Lab
            description: Notes from city hall
            menu:
              - title: Blog
                url: /en/blog/
              - title: Search
                page: search
            footer:
              - title: Legal notice
                page: impressum
        -- input/posts/2026-01-05-sensoren.md --
        ---
        title: Sensoren im Park
        author: anna
        tags: [Klima]
        ---
        Die Stadt misst die Bodenfeuchte in drei Parks und gießt weniger.
        -- input/posts/2026-01-05-sensoren.en.md --
        ---
        title: Sensors in the park
        slug: sensors
        author: anna
        tags: [Climate]
        ---
        The city measures soil moisture in three parks and waters less, as other cities do.
        -- input/posts/2026-02-10-zwilling.md --
        ---
        title: Der digitale Zwilling
        tags: [Klima]
        ---
        Ein Modell der Stadt für Planungen.
        -- input/posts/2026-03-01-open-data.md --
        ---
        title: Open data for everyone
        lang: en
        tags: [Climate]
        ---
        Cities publish their measurements.
        -- input/pages/impressum.md --
        ---
        title: Impressum
        ---
        Verantwortlich: die Stadt.
        -- input/pages/impressum.en.md --
        ---
        title: Legal notice
        slug: legal-notice
        ---
        Responsible: the city.
        """;
}
