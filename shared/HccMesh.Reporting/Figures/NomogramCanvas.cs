using ScottPlot;

namespace HccMesh.Reporting.Figures;

/// <summary>
/// Collects the lines and text of a nomogram in pixel coordinates (y down) and turns them into a ScottPlot plot
/// whose hidden axes map one data unit to one pixel. Each scale is a horizontal line with ticks and labels above
/// it; a label that would overlap its left neighbour above the line goes below it instead (and, if that is taken
/// too, is dropped rather than printed over another).
/// </summary>
internal sealed class NomogramCanvas(string fontName)
{
    private const float LabelGap = 4;
    private const float TickLabelSize = 12;
    private const float RowLabelSize = 14;
    private const float MajorTick = 6;
    private const float MinorTick = 3;

    private readonly List<(double X1, double Y1, double X2, double Y2, float Width, Color Colour)> _lines = [];
    private readonly List<(string Text, double X, double Y, float Size, Alignment Alignment, bool Bold)> _texts = [];

    public void Text(string text, double x, double y, float size, Alignment alignment, bool bold = false) =>
        _texts.Add((text, x, y, size, alignment, bold));

    public void Guide(double x, double top, double bottom) =>
        _lines.Add((x, top, x, bottom, 1, Colors.Black.WithAlpha(0.07)));

    public void Scale(
        string label, double labelRight, double y, double from, double to,
        IReadOnlyList<(double X, string Label)> ticks, IReadOnlyList<double> minorTicks)
    {
        Text(label, labelRight, y, RowLabelSize, Alignment.MiddleRight);
        _lines.Add((from, y, to, y, 1.2f, Colors.Black));
        foreach (var x in minorTicks)
        {
            _lines.Add((x, y, x, y - MinorTick, 1, Colors.Black));
        }

        var rightAbove = double.NegativeInfinity;
        var rightBelow = double.NegativeInfinity;
        foreach (var (x, text) in ticks.OrderBy(t => t.X))
        {
            var half = FigureFont.MeasureWidth(text, TickLabelSize) / 2;
            if (x - half >= rightAbove + LabelGap)
            {
                _lines.Add((x, y, x, y - MajorTick, 1, Colors.Black));
                Text(text, x, y - MajorTick - 2, TickLabelSize, Alignment.LowerCenter);
                rightAbove = x + half;
            }
            else if (x - half >= rightBelow + LabelGap)
            {
                _lines.Add((x, y, x, y + MajorTick, 1, Colors.Black));
                Text(text, x, y + MajorTick + 2, TickLabelSize, Alignment.UpperCenter);
                rightBelow = x + half;
            }
            else
            {
                _lines.Add((x, y, x, y - MajorTick, 1, Colors.Black));
            }
        }
    }

    public Plot ToPlot(int width, int height)
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.HideAxesAndGrid();
        plot.Layout.Frameless();
        foreach (var (x1, y1, x2, y2, lineWidth, colour) in _lines)
        {
            var line = plot.Add.Line(x1, y1, x2, y2);
            line.LineWidth = lineWidth;
            line.LineColor = colour;
            line.MarkerSize = 0;
        }

        foreach (var (text, x, y, size, alignment, bold) in _texts)
        {
            var label = plot.Add.Text(text, x, y);
            label.LabelFontName = fontName;
            label.LabelFontSize = size;
            label.LabelAlignment = alignment;
            label.LabelBold = bold;
            label.LabelFontColor = Colors.Black;
        }

        // Data units = pixels, y increasing downwards.
        plot.Axes.SetLimits(0, width, height, 0);
        return plot;
    }
}
