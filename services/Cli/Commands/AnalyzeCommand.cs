using System.CommandLine;
using System.Diagnostics;
using HccMesh.Cli.Progress;
using HccMesh.Contracts;
using HccMesh.Contracts.V1;
using HccMesh.Storage;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HccMesh.Cli.Commands;

/// <summary><c>hccmesh analyze &lt;case&gt;</c>: one study through the embedded pipeline, progress per stage, report path, exit code.</summary>
public static class AnalyzeCommand
{
    public const int ExitStudyFailed = 2;
    public const int ExitTimeout = 3;

    public static Command Create()
    {
        var caseArgument = new Argument<string>("case") { Description = "Case folder or case manifest (JSON); see README 'Case format'." };
        var command = new Command("analyze", "Run one case through ingestion, preprocessing, feature extraction, scoring and reporting (embedded mode).");
        command.Arguments.Add(caseArgument);
        CommonOptions.AddTo(command);
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the study before giving up (1-86400).", DefaultValueFactory = _ => 1800 };
        timeout.Validators.Add(result =>
        {
            // An unparsable value is reported by the parser itself; only check a number's range here.
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, out var seconds) && seconds is < 1 or > 86400)
            {
                result.AddError("--timeout must be between 1 and 86400 seconds.");
            }
        });
        command.Options.Add(timeout);
        command.SetAction((parse, ct) => Run(parse.GetValue(caseArgument)!, CommonOptions.Overrides(parse), TimeSpan.FromSeconds(parse.GetValue(timeout)), ct));
        return command;
    }

    private static async Task<int> Run(string casePath, IReadOnlyDictionary<string, string?> overrides, TimeSpan timeout, CancellationToken ct)
    {
        var (host, exitCode) = await HostFailures.TryStartAsync(overrides, ct);
        if (host is null)
        {
            return exitCode;
        }

        using var running = host;
        try
        {
            var hub = host.Services.GetRequiredService<StudyProgressHub>();
            var store = host.Services.GetRequiredService<IObjectStore>();
            var studyId = NewId.NextGuid();
            var events = hub.Watch(studyId);
            var display = new ProgressDisplay(Console.Out);
            Console.WriteLine($"hccmesh analyze {casePath}");
            Console.WriteLine($"study {studyId:N} (embedded: in-memory bus, store {store.Location})");

            using var activity = ServiceDefaults.HccMeshTelemetry.Source.StartActivity("analyze case");
            await host.Services.GetRequiredService<IBus>().Publish(new SubmitCase(studyId, Path.GetFullPath(casePath), DateTimeOffset.UtcNow), ct);

            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(timeout);
            try
            {
                await foreach (var message in events.ReadAllAsync(deadline.Token))
                {
                    display.Show(message);
                    switch (message)
                    {
                        case ReportPublished report:
                            display.Summary();
                            Console.WriteLine($"Report (HTML): {store.Describe(report.HtmlReportKey)}");
                            Console.WriteLine($"Report (JSON): {store.Describe(report.JsonReportKey)}");
                            return 0;
                        case StudyFailed failed:
                            Console.Error.WriteLine($"Study failed in {failed.Stage} ({failed.ErrorCode}): {failed.Reason}");
                            if (failed.ErrorCode is "image-missing" or "mask-missing" or "case-not-found")
                            {
                                Console.Error.WriteLine(SampleHint.Text);
                            }

                            return ExitStudyFailed;
                    }
                }
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                Console.Error.WriteLine($"Study {studyId:N} did not finish within {timeout.TotalSeconds:F0} s.");
                return ExitTimeout;
            }

            return ExitTimeout;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
