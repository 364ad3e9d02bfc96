namespace Sitecast.Engine;

/// <summary>
/// The four steps every pipeline runs through. Input reads, Process transforms (and may read the Process
/// outputs of declared dependencies), PostProcess may read every pipeline's Process output, Output writes.
/// </summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
