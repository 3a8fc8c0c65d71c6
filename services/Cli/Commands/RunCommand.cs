using System.CommandLine;
using HccMesh.Cli.Progress;
using HccMesh.Contracts.V1;
using HccMesh.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HccMesh.Cli.Commands;

/// <summary><c>hccmesh run --inbox DIR</c>: the embedded host as a long-running process; cases dropped into the inbox are analysed until stopped.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var inbox = new Option<string>("--inbox") { Description = "Folder watched for new case folders or manifests.", DefaultValueFactory = _ => ".hccmesh/inbox" };
        var command = new Command("run", "Run the embedded pipeline until stopped (Ctrl+C), taking cases from the inbox folder.");
        command.Options.Add(inbox);
        CommonOptions.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var overrides = new Dictionary<string, string?>(CommonOptions.Overrides(parse))
            {
                ["HccMesh:Inbox:Folder"] = Path.GetFullPath(parse.GetValue(inbox)!),
            };
            var (host, exitCode) = await HostFailures.TryStartAsync(overrides, ct);
            if (host is null)
            {
                return exitCode;
            }

            using var running = host;
            var hub = host.Services.GetRequiredService<StudyProgressHub>();
            var store = host.Services.GetRequiredService<IObjectStore>();
            Console.WriteLine($"hccmesh run: watching {overrides["HccMesh:Inbox:Folder"]} (Ctrl+C to stop)");
            try
            {
                await foreach (var message in hub.All.ReadAllAsync(ct))
                {
                    switch (message)
                    {
                        case StudyArrived a:
                            Console.WriteLine($"study {a.StudyId:N}: arrived ({a.Phases.Count} phase(s))");
                            break;
                        case ReportPublished r:
                            Console.WriteLine($"study {r.StudyId:N}: report {store.Describe(r.HtmlReportKey)}");
                            break;
                        case StudyFailed f:
                            Console.WriteLine($"study {f.StudyId:N}: FAILED in {f.Stage} ({f.ErrorCode}): {f.Reason}");
                            break;
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }

            await host.StopAsync(CancellationToken.None);
            return 0;
        });
        return command;
    }
}
