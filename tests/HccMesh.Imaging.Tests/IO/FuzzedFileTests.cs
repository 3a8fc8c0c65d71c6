using System.Text;
using HccMesh.Imaging.IO;

namespace HccMesh.Imaging.Tests.IO;

/// <summary>Randomly damaged files must either read or fail with ImageFormatException, never with another exception.</summary>
public class FuzzedFileTests
{
    [Fact]
    public void Damaged_nrrd_files_fail_only_with_image_format_errors()
    {
        var original = Encoding.ASCII.GetBytes("NRRD0004\ntype: short\ndimension: 3\nsizes: 4 3 2\nspace: left-posterior-superior\n"
            + "space directions: (1,0,0) (0,1,0) (0,0,1)\nkinds: domain domain domain\nendian: little\nline skip: 0\nbyte skip: 0\n"
            + "encoding: gzip\nspace origin: (0,0,0)\n\n").Concat(CorruptNrrdTests.Gzip(new byte[48])).ToArray();

        AssertOnlyFormatErrors(original, bytes => NrrdReader.Read(new MemoryStream(bytes), "fuzz.nrrd"), seed: 1);
    }

    [Fact]
    public void Damaged_nifti_files_fail_only_with_image_format_errors()
    {
        var plain = new NiftiBytes { SFormCode = 1, SclSlope = 2 }.Build(NiftiBytes.Int16Data(24, i => (short)i));

        AssertOnlyFormatErrors(plain, bytes => NiftiReader.Read(new MemoryStream(bytes), "fuzz.nii"), seed: 2);
        AssertOnlyFormatErrors(CorruptNrrdTests.Gzip(plain), bytes => NiftiReader.Read(new MemoryStream(bytes), "fuzz.nii.gz"), seed: 3);
    }

    private static void AssertOnlyFormatErrors(byte[] original, Func<byte[], Volume> read, int seed)
    {
        var random = new Random(seed);
        int failures = 0;
        for (int trial = 0; trial < 400; trial++)
        {
            var bytes = Mutate(original, random);
            try
            {
                read(bytes);
            }
            catch (ImageFormatException)
            {
                failures++;
            }
            catch (Exception e)
            {
                Assert.Fail($"trial {trial}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures > 0, "no mutation was detected at all");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                return original[..random.Next(original.Length)];
            case 1:
                {
                    var b = (byte[])original.Clone();
                    for (int k = random.Next(1, 6); k > 0; k--)
                    {
                        b[random.Next(b.Length)] = (byte)random.Next(256);
                    }

                    return b;
                }

            case 2:
                {
                    var b = (byte[])original.Clone();
                    int at = random.Next(b.Length);
                    b[at] = (byte)"-0123456789 (),:\n"[random.Next(17)];
                    return b;
                }

            default:
                {
                    var extra = new byte[random.Next(1, 40)];
                    random.NextBytes(extra);
                    int at = random.Next(original.Length);
                    return [.. original[..at], .. extra, .. original[at..]];
                }
        }
    }
}
