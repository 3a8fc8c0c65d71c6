using System.Diagnostics;
using HccMesh.Dicom;
using HccMesh.Imaging;
using HccMesh.Imaging.IO;
using HccMesh.Imaging.Resampling;
using HccMesh.Modeling.Artifacts;
using HccMesh.Radiomics.Parameters;
using HccMesh.Radiomics.Pipeline;

namespace HccMesh.Cli.Commands;

/// <summary>
/// The reference regions behind the demo artifact: every labelled structure of at least
/// <see cref="MinimumVoxels"/> voxels in the freely licensed CTs of the test data — the TotalSegmentator
/// examples (Apache-2.0) and the IBSI soft-tissue-sarcoma case STS_019 (CC BY 3.0). Not the IBSI CT phantom
/// (non-commercial licence) and not the 3-slice dcmqi CT (too thin for LoG). Extracted with the paper's settings.
/// </summary>
public static class DemoReferenceRegions
{
    public const int MinimumVoxels = 1000;

    private static readonly (string Image, string Mask, string Source)[] Cases =
    [
        ("ct/totalsegmentator/example_ct_dicom_uncompressed_DERIVED", "ct/totalsegmentator/example_seg_dicom.nii.gz", "TotalSegmentator example CT (DICOM), organ labels"),
        ("ct/totalsegmentator/example_ct_sm.nii.gz", "ct/totalsegmentator/example_seg.nii.gz", "TotalSegmentator example CT (3 mm), organ labels"),
        ("ct/totalsegmentator/example_ct.nii.gz", "ct/totalsegmentator/spine_report/totalseg.nii.gz", "TotalSegmentator example CT (3 mm, 112 slices), vertebra labels"),
        ("ibsi/validation_sts_019_ct/nifti/CT_image.nii.gz", "ibsi/validation_sts_019_ct/nifti/CT_mask.nii.gz", "IBSI STS_019 sarcoma CT, tumour mask"),
    ];

    public static string DefaultTestDataRoot() =>
        Environment.GetEnvironmentVariable("HCCMESH_TESTDATA") is { Length: > 0 } env ? env : Path.GetFullPath(Path.Combine("..", "shared", "testdata"));

    public static string SourceDescription(int regions) =>
        $"{regions} CT regions extracted by HccMesh with paper-hcc.yaml (every labelled structure of >= {MinimumVoxels} voxels): " +
        "the organs and vertebrae of the TotalSegmentator example CTs (Apache-2.0) and the IBSI STS_019 sarcoma tumour (CC BY 3.0; Vallieres et al. 2015, TCIA Soft-tissue-Sarcoma). " +
        "Organs are not HCC lesions: these statistics only put the published coefficients on a plausible scale for a demonstration.";

    public static IReadOnlyList<FeatureRow> Extract(ModelArtifact published, string testDataRoot, TextWriter log)
    {
        var parameters = ParameterFile.Load(Path.Combine(AppContext.BaseDirectory, "Settings", "paper-hcc.yaml"));
        var imageTypes = published.Radscore.Features.Select(f => f.Name[..f.Name.IndexOf('_')]).Distinct().ToList();
        var rows = new List<FeatureRow>();
        foreach (var (imagePath, maskPath, source) in Cases)
        {
            var imageFull = Path.Combine(testDataRoot, imagePath);
            var image = Directory.Exists(imageFull) ? DicomSeriesReader.ReadFolder(imageFull).Volume : VolumeReader.Read(imageFull);
            var mask = MaskPlacement.OntoImageGrid(VolumeReader.Read(Path.Combine(testDataRoot, maskPath)), image.Geometry);
            foreach (var (label, count) in LabelCounts(mask).Where(l => l.Count >= MinimumVoxels))
            {
                var started = Stopwatch.GetTimestamp();
                var extractor = new RadiomicsExtractor(parameters with { Settings = parameters.Settings with { Label = label } });
                var region = extractor.Prepare(image, mask);
                var values = new Dictionary<string, double>(StringComparer.Ordinal);
                foreach (var imageType in imageTypes)
                {
                    foreach (var (name, value) in extractor.ExtractImageType(region, imageType).Items)
                    {
                        values[FeatureKey.Of("portal", name)] = value;
                    }
                }

                rows.Add(new FeatureRow($"{Path.GetFileName(maskPath)}#{label}", values));
                log.WriteLine($"  {source}: label {label} ({count} voxels) in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
            }
        }

        return rows;
    }

    private static IEnumerable<(int Label, long Count)> LabelCounts(Volume mask) =>
        mask.Voxels.Where(v => v > 0).GroupBy(v => (int)v).Select(g => (g.Key, g.LongCount())).OrderBy(l => l.Key);
}
