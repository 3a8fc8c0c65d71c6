using System.Collections.Concurrent;
using System.Threading.Channels;
using HccMesh.Contracts;

namespace HccMesh.Cli.Progress;

/// <summary>Hands the pipeline's events of one study to whoever waits for it (the analyze command).</summary>
public sealed class StudyProgressHub
{
    private readonly ConcurrentDictionary<Guid, Channel<IStudyMessage>> channels = new();

    public ChannelReader<IStudyMessage> Watch(Guid studyId) => ChannelFor(studyId).Reader;

    /// <summary>Events of studies nobody watches go to the catch-all reader (the run command prints them).</summary>
    public ChannelReader<IStudyMessage> All => ChannelFor(Guid.Empty).Reader;

    public void Post(IStudyMessage message)
    {
        if (channels.TryGetValue(message.StudyId, out var channel))
        {
            channel.Writer.TryWrite(message);
        }
        else if (channels.TryGetValue(Guid.Empty, out var all))
        {
            all.Writer.TryWrite(message);
        }
    }

    private Channel<IStudyMessage> ChannelFor(Guid studyId) => channels.GetOrAdd(studyId, _ => Channel.CreateUnbounded<IStudyMessage>());
}
