using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Modules;
using Sitecast.Podcast;
using Sitecast.Search;

namespace Sitecast.Pipelines;

/// <summary>
/// The episode pages of a language other than the default, at /&lt;code&gt;/podcast/&lt;slug&gt;/: each episode with a
/// translated sidecar, in that language's words. The audio and the episode's files stay where <see cref="Episodes"/>
/// published them, once.
/// </summary>
public sealed class EpisodePages : Pipeline
{
    public EpisodePages(SiteContext site)
    {
        DependsOn<Episodes>();
        Process.Add(new CreateDocuments(context =>
        {
            var outputs = context.OutputsOf<Episodes>();
            if (Episodes.ChannelOf(context) is not { } channel) return [];
            var documents = new List<Document> { new() { Source = PodcastConfigLoader.DisplayPath, Model = channel.In(site.Language, site.Urls) } };
            foreach (Episode original in outputs.Select(d => d.Model).OfType<Episode>())
            {
                if (original.In(site.Language) is not { } episode) continue;
                documents.Add(new Document
                {
                    Source = original.Translations[site.Language.Code].SourcePath,
                    Destination = site.Language.Destination(original.Url),
                    Model = episode,
                }
                    .With(MetadataKeys.TranslationKey, ReadEpisodes.EpisodeKey(original))
                    .With(MetadataKeys.MarkdownLinks, episode.ShowNotesLinks)
                    .With(MetadataKeys.Images, episode.ShowNotesImages)
                    .With(LastModified.Key, episode.Date)
                    .With(SearchMetadata.Entry, EpisodeSearch.EntryFor(episode)));
            }

            return documents;
        }));
        PostProcess.Add(new RenderEpisodePages(site));
        Output.Add(new WriteFiles(site));
    }
}
