using System.Security.Cryptography;
using System.Text;
using HccMesh.Contracts;
using HccMesh.Contracts.V1;
using HccMesh.Dicom;
using HccMesh.Imaging;
using HccMesh.Imaging.IO;
using HccMesh.Imaging.Resampling;
using HccMesh.Ingestion.Cases;
using HccMesh.ServiceDefaults;
using HccMesh.ServiceDefaults.Failures;
using HccMesh.ServiceDefaults.Models;
using HccMesh.Modeling.Scoring;
using HccMesh.Storage;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HccMesh.Ingestion.Consumers;

/// <summary>
/// Takes a case in: validates it, copies every piece into the object store under keys made of the study
/// GUID only (instance files are renumbered, original names are not kept), and publishes StudyArrived.
/// </summary>
public sealed partial class SubmitCaseConsumer(IObjectStore store, ModelCatalog models, IOptions<HccMeshOptions> options, ILogger<SubmitCaseConsumer> logger) : IConsumer<SubmitCase>
{
    public async Task Consume(ConsumeContext<SubmitCase> context)
    {
        var message = context.Message;
        using var activity = HccMeshTelemetry.Source.StartActivity("ingest case");
        activity?.SetTag("hccmesh.study_id", message.StudyId);
        await context.RunStage(message.StudyId, Stages.Ingestion, logger, async () =>
        {
            var definition = CaseReader.Read(message.CasePath);
            var pipeline = options.Value.Pipeline;
            var settingsPath = Path.GetFullPath(pipeline.SettingsFile, AppContext.BaseDirectory);
            if (!File.Exists(settingsPath))
            {
                throw new StudyInputException("settings-missing", $"Parameter file '{settingsPath}' (HccMesh:Pipeline:SettingsFile) not found.");
            }

            var settingsKey = ObjectKeys.Settings(message.StudyId);
            string settingsSha;
            await using (var settings = File.OpenRead(settingsPath))
            {
                settingsSha = await store.PutAsync(settingsKey, settings, context.CancellationToken);
            }

            // A model that cannot score (unknown id, standardised without statistics, other settings) is refused now,
            // not after minutes of extraction.
            RiskScorer.EnsureScorable(models.Get(pipeline.ModelId), settingsSha);

            var phases = new List<PhaseInput>();
            string? studyInstanceUid = null;
            foreach (var phase in definition.Phases)
            {
                var (imageKeys, imageSha, uid) = phase.ImageFormat == "dicom"
                    ? await StoreDicomSeries(message.StudyId, phase, context.CancellationToken)
                    : await StoreVolume(message.StudyId, phase, context.CancellationToken);
                studyInstanceUid ??= uid;
                var maskKey = ObjectKeys.InputMask(message.StudyId, phase.Phase, VolumeFileKinds.ExtensionOf(phase.MaskPath));
                string maskSha;
                await using (var mask = File.OpenRead(phase.MaskPath))
                {
                    maskSha = await store.PutAsync(maskKey, mask, context.CancellationToken);
                }

                phases.Add(new PhaseInput(phase.Phase, phase.ImageFormat, imageKeys, imageSha, maskKey, maskSha, phase.MaskLabel));
            }

            var (studyKey, keySource) = studyInstanceUid is { Length: > 0 }
                ? (studyInstanceUid, "StudyInstanceUID")
                : (ContentKey(phases), "ContentSha256");
            LogStudyAccepted(logger, message.StudyId, phases.Count, keySource);
            await context.Publish(new StudyArrived(
                message.StudyId, studyKey, keySource, phases, definition.Clinical, pipeline.ModelId, settingsKey, settingsSha, DateTimeOffset.UtcNow));
        });
    }

    /// <summary>
    /// Fallback study key when the StudyInstanceUID is empty (as in the bundled sample): a hash of the
    /// image contents, so the same study always gets the same key and no identifier is involved.
    /// </summary>
    private static string ContentKey(IEnumerable<PhaseInput> phases)
    {
        var joined = string.Join("|", phases.Select(p => p.ImageSha256));
        return "content-sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(joined)));
    }

    private async Task<(IReadOnlyList<string> Keys, string Sha, string? Uid)> StoreDicomSeries(Guid studyId, CasePhase phase, CancellationToken ct)
    {
        var files = Directory.EnumerateFiles(phase.ImagePath, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new StudyInputException("image-missing", $"{phase.ImagePath}: DICOM folder of phase '{phase.Phase}' is empty.");
        }

        var keys = new List<string>(files.Count);
        var hashes = new List<string>(files.Count);
        var instances = new List<DicomFile>(files.Count);
        for (int i = 0; i < files.Count; i++)
        {
            var bytes = await File.ReadAllBytesAsync(files[i], ct);
            instances.Add(DicomFile.Parse(bytes, files[i]));
            var key = ObjectKeys.InputImage(studyId, phase.Phase, $"{i + 1:D5}.dcm");
            hashes.Add(await store.PutBytesAsync(key, bytes, ct));
            keys.Add(key);
        }

        // Assemble the series here, where the user's file names are known, so a duplicate or missing slice is
        // reported by the names the user sees; and check the mask against it before anything is computed.
        var series = DicomSeriesReader.Read(instances, phase.ImagePath);
        CheckMask(phase, series.Volume);
        var uid = string.IsNullOrWhiteSpace(series.Info.StudyInstanceUid) ? null : series.Info.StudyInstanceUid.Trim();

        var seriesSha = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(string.Join("|", hashes.Order(StringComparer.Ordinal)))));
        return (keys, seriesSha, uid);
    }

    private static void CheckMask(CasePhase phase, Volume image)
    {
        Volume mask;
        try
        {
            mask = VolumeReader.Read(phase.MaskPath);
        }
        catch (ImageFormatException e)
        {
            throw new StudyInputException("mask-malformed", $"{phase.MaskPath}: the {phase.Phase} mask cannot be read: {e.Message}", e);
        }

        MaskPlacement.PlaceLabel(mask, image.Geometry, phase.MaskLabel, phase.MaskPath);
    }

    private async Task<(IReadOnlyList<string> Keys, string Sha, string? Uid)> StoreVolume(Guid studyId, CasePhase phase, CancellationToken ct)
    {
        CheckMask(phase, VolumeReader.Read(phase.ImagePath));
        var key = ObjectKeys.InputImage(studyId, phase.Phase, "image" + VolumeFileKinds.ExtensionOf(phase.ImagePath));
        await using var file = File.OpenRead(phase.ImagePath);
        var sha = await store.PutAsync(key, file, ct);
        return ([key], sha, null);
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Study {StudyId} accepted: {PhaseCount} phase(s), study key from {KeySource}")]
    private static partial void LogStudyAccepted(ILogger logger, Guid studyId, int phaseCount, string keySource);
}
