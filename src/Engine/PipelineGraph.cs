namespace Sitecast.Engine;

/// <summary>Checks the declared dependencies and orders pipelines so that each comes after what it needs.</summary>
public static class PipelineGraph
{
    /// <summary>
    /// A topological order by the Process dependencies (ties broken by name, so it is stable). Throws
    /// <see cref="PipelineGraphException"/> for an unknown dependency or a cycle, naming every pipeline on the cycle.
    /// Dependencies from PostProcess on order nothing (every Process phase is done by then), so they cannot make one.
    /// </summary>
    public static IReadOnlyList<Pipeline> Order(IReadOnlyCollection<Pipeline> pipelines)
    {
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        foreach (Pipeline pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
                throw new PipelineGraphException($"Two pipelines are named {pipeline.Name}.");
        }

        foreach (Pipeline pipeline in pipelines) pipeline.ResolveDependencies(byName.ContainsKey);

        foreach (Pipeline pipeline in pipelines)
        foreach (string dependency in pipeline.Dependencies.Concat(pipeline.PostProcessDependencies))
        {
            if (!byName.ContainsKey(dependency))
                throw new PipelineGraphException($"Pipeline {pipeline.Name} depends on {dependency}, which does not exist.");
        }

        var order = new List<Pipeline>();
        var state = new Dictionary<string, VisitState>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (string name in byName.Keys.Order(StringComparer.Ordinal))
            Visit(name, byName, state, path, order);
        return order;
    }

    private enum VisitState { Visiting, Done }

    private static void Visit(string name, Dictionary<string, Pipeline> byName, Dictionary<string, VisitState> state,
        List<string> path, List<Pipeline> order)
    {
        if (state.TryGetValue(name, out VisitState seen))
        {
            if (seen == VisitState.Done) return;
            // On the current path: the cycle is the path from the first visit of this name back to it.
            var cycle = path.Skip(path.IndexOf(name)).Append(name);
            throw new PipelineGraphException($"Pipeline dependency cycle: {string.Join(" → ", cycle)}.");
        }

        state[name] = VisitState.Visiting;
        path.Add(name);
        foreach (string dependency in byName[name].Dependencies.Order(StringComparer.Ordinal))
            Visit(dependency, byName, state, path, order);
        path.RemoveAt(path.Count - 1);
        state[name] = VisitState.Done;
        order.Add(byName[name]);
    }
}
