using HccMesh.Imaging;

namespace HccMesh.Dicom;

/// <summary>A series read as one volume in HU (CT) or rescaled values (other modalities).</summary>
public sealed record DicomSeries(Volume Volume, DicomSeriesInfo Info);
