using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HccMesh.Radiomics.Tests.FeatureClasses;

/// <summary>Minimal reader for NumPy v1/v2 .npy files of little-endian float64 ('&lt;f8'), C or Fortran order.</summary>
public sealed partial class NpyArray
{
    private NpyArray(int[] shape, double[] cOrderData)
    {
        Shape = shape;
        Data = cOrderData;
    }

    public int[] Shape { get; }

    /// <summary>Elements in C (row-major) order, whatever order the file used.</summary>
    public double[] Data { get; }

    public double this[params int[] index]
    {
        get
        {
            int flat = 0;
            for (int d = 0; d < Shape.Length; d++)
            {
                flat = (flat * Shape[d]) + index[d];
            }

            return Data[flat];
        }
    }

    public static NpyArray Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 10 || bytes[0] != 0x93 || Encoding.ASCII.GetString(bytes, 1, 5) != "NUMPY")
        {
            throw new InvalidDataException($"{path}: not a .npy file");
        }

        int major = bytes[6];
        int headerLength = major == 1 ? BitConverter.ToUInt16(bytes, 8) : BitConverter.ToInt32(bytes, 8);
        int dataStart = (major == 1 ? 10 : 12) + headerLength;
        string header = Encoding.Latin1.GetString(bytes, major == 1 ? 10 : 12, headerLength);
        if (!header.Contains("'descr': '<f8'", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: only '<f8' is supported, header {header}");
        }

        bool fortran = header.Contains("'fortran_order': True", StringComparison.Ordinal);
        var shapeText = ShapePattern().Match(header).Groups[1].Value;
        int[] shape = [.. shapeText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
        int count = shape.Aggregate(1, (a, b) => a * b);
        var raw = new double[count];
        Buffer.BlockCopy(bytes, dataStart, raw, 0, count * sizeof(double));
        return new NpyArray(shape, fortran ? FortranToC(raw, shape) : raw);
    }

    private static double[] FortranToC(double[] raw, int[] shape)
    {
        var result = new double[raw.Length];
        var index = new int[shape.Length];
        for (int c = 0; c < raw.Length; c++)
        {
            // c is the row-major position of `index`; compute its column-major position.
            int f = 0;
            for (int d = shape.Length - 1; d >= 0; d--)
            {
                f = (f * shape[d]) + index[d];
            }

            result[c] = raw[f];
            for (int d = shape.Length - 1; d >= 0; d--)
            {
                if (++index[d] < shape[d])
                {
                    break;
                }

                index[d] = 0;
            }
        }

        return result;
    }

    [GeneratedRegex(@"'shape':\s*\(([^)]*)\)")]
    private static partial Regex ShapePattern();
}
