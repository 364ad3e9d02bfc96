namespace Sitecast.Stats;

/// <summary>One bar of a bar chart: its label and its value.</summary>
public sealed record ChartBar(string Label, long Value);
