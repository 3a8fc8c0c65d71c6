namespace HccMesh.Cli.Commands;

/// <summary>Why <c>hccmesh features export</c> writes nothing (one line for the console).</summary>
public sealed class FeaturesExportException(string message) : Exception(message);
