using HccMesh.Reporting.Figures;

namespace HccMesh.Reporting.Evaluation;

/// <summary>A model development or evaluation report: notices, then sections of text, tables and figures.</summary>
public sealed record EvaluationDocument(string Title, IReadOnlyList<string> Notices, IReadOnlyList<EvaluationSection> Sections, string SoftwareVersion, DateTimeOffset Generated);

public sealed record EvaluationSection(string Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<ResultTable> Tables, IReadOnlyList<CaptionedFigure> Figures);

/// <summary>A figure with its caption; the HTML inlines the SVG and links the PNG file written beside it.</summary>
public sealed record CaptionedFigure(RenderedFigure Figure, string Caption);
