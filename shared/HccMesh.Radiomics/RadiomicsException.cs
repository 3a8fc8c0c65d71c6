namespace HccMesh.Radiomics;

/// <summary>The region or settings do not allow feature extraction (empty mask, label absent, ROI too small, bad parameter file).</summary>
public class RadiomicsException(string message) : Exception(message);
