namespace HccMesh.Modeling.Artifacts;

/// <summary>Local outcomes that cannot support a recalibration (too few events, separation, inverted slope).</summary>
public class RecalibrationException(string message, Exception? inner = null) : Exception(message, inner);
