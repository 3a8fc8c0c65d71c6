namespace HccMesh.Modeling.Development;

/// <summary>The training data cannot give the model asked for (e.g. the LASSO keeps no feature); the message says why.</summary>
public sealed class DevelopmentException(string message) : Exception(message);
