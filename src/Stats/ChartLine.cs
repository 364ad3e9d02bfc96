namespace Sitecast.Stats;

/// <summary>One line of a line chart: its label and a value for each point on the x axis.</summary>
public sealed record ChartLine(string Label, IReadOnlyList<long> Values);
