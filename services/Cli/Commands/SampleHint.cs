namespace HccMesh.Cli.Commands;

public static class SampleHint
{
    public const string Text =
        "The bundled sample (samples/liver-ct) reads the public test data beside the repository: set HCCMESH_TESTDATA to the folder " +
        "that holds ct/totalsegmentator/ (default ../shared/testdata next to the repository root), or run on your own case: " +
        "hccmesh analyze <case-folder-or-manifest> (README, 'Case format').";
}
