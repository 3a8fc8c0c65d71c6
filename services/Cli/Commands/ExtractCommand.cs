using System.CommandLine;
using System.Diagnostics;
using HccMesh.Dicom;
using HccMesh.Imaging;
using HccMesh.Imaging.IO;
using HccMesh.Imaging.Resampling;
using HccMesh.Radiomics.Parameters;
using HccMesh.Radiomics.Pipeline;
using HccMesh.ServiceDefaults.Failures;

namespace HccMesh.Cli.Commands;

/// <summary>
/// <c>hccmesh extract --image I --mask M</c>: PyRadiomics' <c>pyradiomics image mask --param</c> in C#, no pipeline:
/// the same extractor the workers run, writing feature,value CSV (or one wide row with --wide).
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var image = new Option<string>("--image") { Description = "DICOM series folder or .nii/.nii.gz/.nrrd volume.", Required = true };
        var mask = new Option<string>("--mask") { Description = ".nii/.nii.gz/.nrrd label volume.", Required = true };
        var label = new Option<int?>("--label") { Description = "Mask label (default: the parameter file's, else 1)." };
        var parameters = new Option<string?>("--params") { Description = "PyRadiomics parameter file (default: the paper's paper-hcc.yaml)." };
        var output = new Option<string?>("--out") { Description = "CSV file to write (default: standard output)." };
        var wide = new Option<bool>("--wide") { Description = "One header row and one value row, as PyRadiomics' batch output." };
        var command = new Command("extract", "Extract PyRadiomics features from one image and mask.");
        foreach (var o in new Option[] { image, mask, label, parameters, output, wide })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            try
            {
                return Run(parse, image, mask, label, parameters, output, wide);
            }
            catch (Exception e) when (FailureClassifier.AsInputFailure(e) is { } failure)
            {
                Console.Error.WriteLine($"extract failed ({failure.Code}): {failure.Reason}");
                return 2;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                Console.Error.WriteLine($"extract failed: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static int Run(ParseResult parse, Option<string> image, Option<string> mask, Option<int?> label, Option<string?> parameters, Option<string?> output, Option<bool> wide)
    {
        var paramsPath = parse.GetValue(parameters) ?? Path.Combine(AppContext.BaseDirectory, "Settings", "paper-hcc.yaml");
        var p = ParameterFile.Load(paramsPath);
        if (parse.GetValue(label) is { } l)
        {
            if (l < 1)
            {
                throw new ArgumentException($"--label must be a positive label value (0 is the background), got {l}.");
            }

            p = p with { Settings = p.Settings with { Label = l } };
        }

        if (parse.GetValue(output) is { } outFile && Path.GetDirectoryName(Path.GetFullPath(outFile)) is { } outDir && !Directory.Exists(outDir))
        {
            throw new DirectoryNotFoundException($"--out '{outFile}': folder '{outDir}' does not exist.");
        }

        var started = Stopwatch.GetTimestamp();
        var img = LoadImage(parse.GetValue(image)!);
        var maskPath = parse.GetValue(mask)!;
        if (!File.Exists(maskPath))
        {
            throw new FileNotFoundException($"--mask '{maskPath}': no such file.");
        }

        var msk = MaskPlacement.PlaceLabel(VolumeReader.Read(maskPath), img.Geometry, p.Settings.Label, maskPath);
        var features = RadiomicsExtractor.Execute(img, msk, p);
        var elapsed = Stopwatch.GetElapsedTime(started);

        using var writer = parse.GetValue(output) is { } file ? new StreamWriter(file) : Console.Out;
        if (parse.GetValue(wide))
        {
            features.WriteWideCsv(writer);
        }
        else
        {
            features.WriteCsv(writer);
        }

        Console.Error.WriteLine($"{features.Count} features in {elapsed.TotalSeconds:F2} s");
        return 0;
    }

    private static Volume LoadImage(string path) =>
        Directory.Exists(path) ? DicomSeriesReader.ReadFolder(path).Volume
        : File.Exists(path) ? VolumeReader.Read(path)
        : throw new FileNotFoundException($"--image '{path}': no such file or folder.");
}
