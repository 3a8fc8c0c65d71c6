using HccMesh.Contracts;
using HccMesh.Contracts.V1;
using HccMesh.Dicom;
using HccMesh.Imaging;
using HccMesh.Imaging.IO;
using HccMesh.Imaging.Resampling;
using HccMesh.Radiomics.Parameters;
using HccMesh.Radiomics.Pipeline;
using HccMesh.ServiceDefaults;
using HccMesh.ServiceDefaults.Failures;
using HccMesh.Storage;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace HccMesh.Preprocessing.Consumers;

/// <summary>
/// Per phase: series -> HU volume, mask placed on the image grid through world coordinates, then
/// PyRadiomics' order (normalise the whole image, resample to the configured spacing, which crops
/// around the mask with padDistance). Stores volume + mask as NRRD and announces the image types to extract.
/// </summary>
public sealed partial class StudyArrivedConsumer(IObjectStore store, ILogger<StudyArrivedConsumer> logger) : IConsumer<StudyArrived>
{
    public async Task Consume(ConsumeContext<StudyArrived> context)
    {
        var study = context.Message;
        await context.RunStage(study.StudyId, Stages.Preprocessing, logger, async () =>
        {
            var parameters = ParameterFile.Parse(await store.GetTextAsync(study.SettingsKey, context.CancellationToken));
            foreach (var phase in study.Phases)
            {
                using var activity = HccMeshTelemetry.Source.StartActivity("preprocess phase");
                activity?.SetTag("hccmesh.study_id", study.StudyId);
                activity?.SetTag("hccmesh.phase", phase.Phase);

                var image = await LoadImage(phase, context.CancellationToken);
                var mask = await LoadVolume(phase.MaskKey, $"{phase.Phase} mask", context.CancellationToken);
                var maskOnImage = MaskPlacement.PlaceLabel(mask, image.Geometry, phase.MaskLabel, $"{phase.Phase} mask");
                var settings = parameters.Settings with { Label = phase.MaskLabel };
                var prepared = RegionPreparation.Prepare(image, maskOnImage, settings);

                var imageTypes = ImageTypesFor(parameters, prepared, phase.Phase);
                var volumeKey = ObjectKeys.PreprocessedVolume(study.StudyId, phase.Phase);
                var maskKey = ObjectKeys.PreprocessedMask(study.StudyId, phase.Phase);
                var volumeSha = await PutNrrd(volumeKey, prepared.Image, context.CancellationToken);
                var maskSha = await PutNrrd(maskKey, PreparedRegionStorage.MaskVolume(prepared), context.CancellationToken);

                long roiVoxels = PreparedRegionStorage.RoiVoxelCount(prepared);
                var s = prepared.Image.Geometry.Spacing;
                LogPhasePrepared(logger, study.StudyId, phase.Phase, roiVoxels);
                await context.Publish(new PhasePreprocessed(
                    study.StudyId,
                    phase.Phase,
                    phase.MaskLabel,
                    volumeKey,
                    volumeSha,
                    maskKey,
                    maskSha,
                    imageTypes,
                    Summary(image),
                    Summary(prepared.Image),
                    roiVoxels,
                    roiVoxels * s[0] * s[1] * s[2] / 1000.0));
            }
        });
    }

    /// <summary>
    /// The configured image types; PyRadiomics silently skips a LoG sigma the image is too small for, but the
    /// model needs every configured type, so a skipped one ends the study here, saying why.
    /// </summary>
    private static IReadOnlyList<string> ImageTypesFor(ExtractionParameters parameters, PreparedRegion prepared, string phase)
    {
        var available = new RadiomicsExtractor(parameters).ImageTypeNames(prepared);
        var skipped = parameters.ImageTypeNames.Except(available).ToList();
        if (skipped.Count > 0)
        {
            var g = prepared.Image.Geometry;
            throw new StudyInputException("image-too-small",
                $"{phase}: the prepared image ({g.SizeX}x{g.SizeY}x{g.SizeZ} voxels) is too small for {string.Join(", ", skipped)} " +
                "(a LoG filter needs at least ceil(sigma/spacing)+1 voxels and 4 voxels on every axis); the series is too thin for the model's features.");
        }

        return available;
    }

    private static VolumeSummary Summary(Volume v) => new(v.Geometry.Size, (double[])v.Geometry.Spacing.Clone(), v.PixelType.ToString());

    private async Task<Volume> LoadImage(PhaseInput phase, CancellationToken ct)
    {
        if (phase.ImageFormat != "dicom")
        {
            return await LoadVolume(phase.ImageKeys[0], $"{phase.Phase} image", ct);
        }

        var instances = new List<DicomFile>(phase.ImageKeys.Count);
        foreach (var key in phase.ImageKeys)
        {
            instances.Add(DicomFile.Parse(await store.GetBytesAsync(key, ct), key));
        }

        return DicomSeriesReader.Read(instances, $"{phase.Phase} series").Volume;
    }

    private async Task<Volume> LoadVolume(string key, string what, CancellationToken ct)
    {
        var bytes = await store.GetBytesAsync(key, ct);
        using var stream = new MemoryStream(bytes, writable: false);
        return VolumeReader.Read(stream, key);
    }

    private async Task<string> PutNrrd(string key, Volume volume, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        NrrdWriter.Write(volume, buffer, gzip: false);
        buffer.Position = 0;
        return await store.PutAsync(key, buffer, ct);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Study {StudyId} phase {Phase} preprocessed: {RoiVoxels} ROI voxels")]
    private static partial void LogPhasePrepared(ILogger logger, Guid studyId, string phase, long roiVoxels);
}
