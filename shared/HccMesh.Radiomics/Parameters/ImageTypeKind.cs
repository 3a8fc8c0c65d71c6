namespace HccMesh.Radiomics.Parameters;

/// <summary>The PyRadiomics image types HccMesh implements (parameter-file keys Original, Wavelet, LoG).</summary>
public enum ImageTypeKind
{
    Original,
    Wavelet,
    LoG,
}
