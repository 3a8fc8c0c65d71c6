using ScottPlot;
using ScottPlot.TickGenerators;

namespace HccMesh.Reporting.Figures;

/// <summary>The common look of the chart figures: white background, black frame, faint grid, one sans-serif font,
/// text sizes chosen to stay legible when the figure is shown at about 800 × 600.</summary>
internal static class FigureStyle
{
    public const float TitleSize = 18;
    public const float AxisLabelSize = 16;
    public const float TickLabelSize = 13;
    public const float LegendSize = 13;
    public const float CurveWidth = 2.5f;
    public const float ReferenceWidth = 1.5f;

    /// <summary>Margin around 0–1 axes so curves running along an axis are not hidden by the frame.</summary>
    public const double UnitAxisMargin = 0.02;

    /// <param name="title">Figure title; empty for none (the report's caption may carry it instead).</param>
    public static Plot CreatePlot(string title, string xLabel, string yLabel)
    {
        FigureFont.RequireUsable();
        var plot = new Plot();
        plot.Font.Set(FigureFont.Name);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        if (title.Length > 0)
        {
            plot.Title(title, TitleSize);
            plot.Axes.Title.Label.FontName = FigureFont.Name;
        }

        plot.XLabel(xLabel, AxisLabelSize);
        plot.YLabel(yLabel, AxisLabelSize);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = FigureFont.Name;
            axis.TickLabelStyle.FontName = FigureFont.Name;
            axis.TickLabelStyle.FontSize = TickLabelSize;
            axis.FrameLineStyle.Color = Colors.Black;
            axis.FrameLineStyle.Width = 1;
        }

        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.08);
        plot.Legend.FontName = FigureFont.Name;
        plot.Legend.FontSize = LegendSize;
        plot.Legend.OutlineColor = Colors.Black.WithAlpha(0.35);
        plot.Legend.BackgroundColor = Colors.White.WithAlpha(0.9);
        plot.Legend.SymbolWidth = 28;
        return plot;
    }

    /// <summary>Ticks 0, 0.2, …, 1 on a probability axis, labelled with one decimal.</summary>
    public static NumericManual ProbabilityTicks()
    {
        var ticks = new NumericManual();
        for (var i = 0; i <= 10; i++)
        {
            var value = i / 10.0;
            if (i % 2 == 0)
            {
                ticks.AddMajor(value, value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                ticks.AddMinor(value);
            }
        }

        return ticks;
    }

    /// <summary>Fixed margins around a square data area centred in the figure (for 0–1 × 0–1 axes).</summary>
    public static PixelPadding SquareDataArea(int width, int height, out float side)
    {
        const float left = 84, right = 30, top = 52, bottom = 72;
        side = Math.Min(width - left - right, height - top - bottom);
        var spareX = width - left - right - side;
        var spareY = height - top - bottom - side;
        return new PixelPadding(left + (spareX / 2), right + (spareX / 2), bottom + (spareY / 2), top + (spareY / 2));
    }
}
