using System.Diagnostics;
using HccMesh.Contracts;
using HccMesh.Contracts.V1;
using HccMesh.Imaging;
using HccMesh.Imaging.IO;
using HccMesh.Radiomics.Parameters;
using HccMesh.Radiomics.Pipeline;
using HccMesh.ServiceDefaults;
using HccMesh.ServiceDefaults.Failures;
using HccMesh.Storage;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace HccMesh.FeatureExtraction.Consumers;

/// <summary>
/// One phase x one image type: filter the whole preprocessed image, crop to the ROI box, compute the
/// enabled classes ("original" also computes shape), store a feature,value CSV with PyRadiomics names.
/// </summary>
public sealed partial class ExtractFeatureSetConsumer(IObjectStore store, ILogger<ExtractFeatureSetConsumer> logger) : IConsumer<ExtractFeatureSet>
{
    public async Task Consume(ConsumeContext<ExtractFeatureSet> context)
    {
        var m = context.Message;
        using var activity = HccMeshTelemetry.Source.StartActivity("extract features");
        activity?.SetTag("hccmesh.study_id", m.StudyId);
        activity?.SetTag("hccmesh.phase", m.Phase);
        activity?.SetTag("hccmesh.image_type", m.ImageType);
        await context.RunStage(m.StudyId, Stages.FeatureExtraction, logger, async () =>
        {
            var started = Stopwatch.GetTimestamp();
            var parameters = ParameterFile.Parse(await store.GetTextAsync(m.SettingsKey, context.CancellationToken));
            var image = await LoadVerified(m.VolumeKey, m.VolumeSha256, context.CancellationToken);
            var mask = await LoadVerified(m.MaskKey, m.MaskSha256, context.CancellationToken);
            var extractor = new RadiomicsExtractor(parameters);
            var region = PreparedRegionStorage.FromVolumes(image, mask, parameters.Settings);
            var features = new FeatureVector();
            if (m.ImageType == "original")
            {
                features.AddRange(extractor.ExtractShape(region));
            }

            features.AddRange(extractor.ExtractImageType(region, m.ImageType));

            var key = ObjectKeys.FeatureSet(m.StudyId, m.Phase, m.ImageType);
            var sha = await store.PutTextAsync(key, features.ToCsv(), context.CancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogExtracted(logger, m.StudyId, m.Phase, m.ImageType, features.Count, elapsed);
            await context.Publish(new FeatureSetExtracted(m.StudyId, m.Phase, m.ImageType, key, sha, features.Count, elapsed));
        });
    }

    private async Task<Volume> LoadVerified(string key, string sha256, CancellationToken ct)
    {
        var bytes = await store.GetBytesAsync(key, ct);
        var actual = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        if (actual != sha256)
        {
            throw new StudyInputException("object-corrupt", $"Stored object '{key}' has SHA-256 {actual}, the message says {sha256}.");
        }

        using var stream = new MemoryStream(bytes, writable: false);
        return NrrdReader.Read(stream, key);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Study {StudyId} {Phase}/{ImageType}: {Count} features in {ElapsedMs:F0} ms")]
    private static partial void LogExtracted(ILogger logger, Guid studyId, string phase, string imageType, int count, double elapsedMs);
}
