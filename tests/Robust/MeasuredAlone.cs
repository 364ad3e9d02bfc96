using Xunit;

namespace Sitecast.Tests.Robust;

/// <summary>Tests that measure the process's memory run with no other test beside them, or other tests' garbage counts.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredAlone
{
    public const string Name = "Measured alone";
}
