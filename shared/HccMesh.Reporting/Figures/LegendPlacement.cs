using ScottPlot;

namespace HccMesh.Reporting.Figures;

/// <summary>
/// Puts the legend in the corner of the data area where it covers the fewest curve points, so it does not hide the
/// curves: each curve is resampled along its segments (so a long straight segment counts) and the points falling
/// inside the legend's estimated box at each of the four corners are counted; ties keep the earlier corner.
/// </summary>
internal sealed class LegendPlacement
{
    private const int SamplesPerSegment = 24;

    private static readonly Alignment[] Corners = [Alignment.UpperRight, Alignment.UpperLeft, Alignment.LowerRight, Alignment.LowerLeft];

    private readonly List<(double X, double Y)> _points = [];

    public void AddCurve(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        if (xs.Count == 1)
        {
            _points.Add((xs[0], ys[0]));
        }

        for (var i = 1; i < xs.Count; i++)
        {
            for (var s = 0; s <= SamplesPerSegment; s++)
            {
                var t = s / (double)SamplesPerSegment;
                _points.Add((xs[i - 1] + (t * (xs[i] - xs[i - 1])), ys[i - 1] + (t * (ys[i] - ys[i - 1]))));
            }
        }
    }

    /// <summary>Estimated legend box in pixels for <paramref name="labels"/> at the figure legend style.</summary>
    public static (float Width, float Height) EstimateLegendSize(IReadOnlyList<string> labels, float fontSize = FigureStyle.LegendSize)
    {
        var widest = 0f;
        foreach (var label in labels)
        {
            widest = Math.Max(widest, FigureFont.MeasureWidth(label, fontSize));
        }

        return (widest + 28 + 30, (labels.Count * (fontSize + 9)) + 16);
    }

    public Alignment BestCorner(AxisLimits limits, float dataWidth, float dataHeight, IReadOnlyList<string> labels)
    {
        var (legendWidth, legendHeight) = EstimateLegendSize(labels);
        var fractionX = Math.Min(1, legendWidth / dataWidth);
        var fractionY = Math.Min(1, legendHeight / dataHeight);
        var best = Corners[0];
        var fewest = int.MaxValue;
        foreach (var corner in Corners)
        {
            var count = 0;
            foreach (var (x, y) in _points)
            {
                var u = (x - limits.Left) / (limits.Right - limits.Left);
                var v = (y - limits.Bottom) / (limits.Top - limits.Bottom);
                var inX = corner is Alignment.UpperRight or Alignment.LowerRight ? u >= 1 - fractionX : u <= fractionX;
                var inY = corner is Alignment.UpperRight or Alignment.UpperLeft ? v >= 1 - fractionY : v <= fractionY;
                if (inX && inY && u >= 0 && u <= 1 && v >= 0 && v <= 1)
                {
                    count++;
                }
            }

            if (count < fewest)
            {
                fewest = count;
                best = corner;
            }
        }

        return best;
    }
}
