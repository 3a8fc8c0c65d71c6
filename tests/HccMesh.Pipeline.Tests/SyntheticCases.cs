using System.Text.Json;
using HccMesh.Dicom;
using HccMesh.Imaging;
using HccMesh.Imaging.IO;

namespace HccMesh.Pipeline.Tests;

/// <summary>
/// A multi-phase liver phantom the project makes itself: a textured "liver" ellipsoid with a spherical lesion
/// whose enhancement differs per phase (bright arterial, iso portal, washout delayed), written as CT DICOM by
/// our own writer, with an NRRD lesion mask (label 1). Deterministic for a given seed.
/// </summary>
public static class SyntheticCases
{
    public const int SizeX = 72;
    public const int SizeY = 64;
    public const int SizeZ = 20;
    public static readonly double[] Spacing = [0.8, 0.8, 2.5];
    public static readonly double[] Origin = [-30.0, -25.0, 100.0];

    public static ImageGeometry Geometry => new(SizeX, SizeY, SizeZ, (double[])Spacing.Clone(), (double[])Origin.Clone(), ImageGeometry.IdentityDirection);

    /// <summary>Writes a case folder (arterial/, portal/, delayed/, masks/, clinical.json) and returns its path.</summary>
    public static string WriteCase(string root, string[]? phases = null, object? clinical = null, int seed = 7)
    {
        Directory.CreateDirectory(root);
        var mask = LesionMask();
        Directory.CreateDirectory(Path.Combine(root, "masks"));
        foreach (var (phase, lesionHu) in new[] { ("arterial", 140.0), ("portal", 95.0), ("delayed", 60.0) })
        {
            if (phases is not null && !phases.Contains(phase))
            {
                continue;
            }

            SyntheticCtSeriesWriter.Write(Phantom(lesionHu, seed), Path.Combine(root, phase));
            NrrdWriter.Write(mask, Path.Combine(root, "masks", phase + ".nrrd"), gzip: true);
        }

        File.WriteAllText(
            Path.Combine(root, "clinical.json"),
            JsonSerializer.Serialize(clinical ?? new { BMI = 23.5, MVI = "absent", PV = "absent", ALB = 41.2, illustrative = true }));
        return root;
    }

    public static Volume Phantom(double lesionHu, int seed)
    {
        var random = new Random(seed);
        var v = new double[SizeX * SizeY * SizeZ];
        for (int z = 0; z < SizeZ; z++)
        {
            for (int y = 0; y < SizeY; y++)
            {
                for (int x = 0; x < SizeX; x++)
                {
                    double hu = -60 + (random.NextDouble() * 40);
                    if (InEllipsoid(x, y, z, 36, 32, 10, 30, 26, 9))
                    {
                        hu = 55 + (15 * Math.Sin(x * 0.7) * Math.Cos(y * 0.5)) + (random.NextDouble() * 30);
                    }

                    if (InLesion(x, y, z))
                    {
                        hu = lesionHu + (20 * Math.Sin((x + y) * 0.9)) + (random.NextDouble() * 25);
                    }

                    v[x + (SizeX * (y + (SizeY * z)))] = Math.Round(hu);
                }
            }
        }

        return new Volume(Geometry, PixelType.Int16, v);
    }

    public static Volume LesionMask()
    {
        var v = new double[SizeX * SizeY * SizeZ];
        for (int z = 0; z < SizeZ; z++)
        {
            for (int y = 0; y < SizeY; y++)
            {
                for (int x = 0; x < SizeX; x++)
                {
                    v[x + (SizeX * (y + (SizeY * z)))] = InLesion(x, y, z) ? 1 : 0;
                }
            }
        }

        return new Volume(Geometry, PixelType.UInt8, v);
    }

    private static bool InLesion(int x, int y, int z) => InEllipsoid(x, y, z, 40, 30, 10, 14, 13, 4.5);

    private static bool InEllipsoid(int x, int y, int z, double cx, double cy, double cz, double rx, double ry, double rz)
    {
        double dx = (x - cx) / rx, dy = (y - cy) / ry, dz = (z - cz) / rz;
        return (dx * dx) + (dy * dy) + (dz * dz) <= 1;
    }
}
