using System.Collections.Immutable;
using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Templates;

namespace Sitecast.Podcast;

/// <summary>Lays out each episode's page (layouts/episode.liquid); the other documents pass through unchanged.</summary>
public sealed class RenderEpisodePages(SiteContext site) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        PodcastChannel? channel = inputs.Select(d => d.Model).OfType<PodcastChannel>().FirstOrDefault();
        if (channel is null) return Task.FromResult(inputs);
        SiteValues.Load(site, context);

        var rendered = new Document[inputs.Length];
        Parallel.For(0, inputs.Length, i =>
        {
            Document document = inputs[i];
            if (document.Model is not Episode episode)
            {
                rendered[i] = document;
                return;
            }

            var page = new LayoutPage("episode", PageFrame.For(site, episode.Url, episode.Title, episode.Description),
            [
                new("episode", PodcastTemplateValues.Episode(episode, site)),
                new("podcast", PodcastTemplateValues.Channel(channel, site)),
                new("json_ld", PodcastTemplateValues.EpisodeJsonLd(episode, channel, site)),
            ]);
            rendered[i] = document with { Content = site.Templates.PageContent(page) };
        });
        return Task.FromResult(rendered.ToImmutableArray());
    }
}
