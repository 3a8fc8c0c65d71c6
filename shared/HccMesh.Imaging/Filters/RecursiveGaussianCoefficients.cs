namespace HccMesh.Imaging.Filters;

/// <summary>
/// Coefficients of one 4th-order recursive Gaussian pass as ITK computes them
/// (itkRecursiveGaussianImageFilter.hxx, SetUp / ComputeNCoefficients / ComputeDCoefficients /
/// ComputeRemainingCoefficients; Farnebäck's parameters). Only the symmetric orders 0 and 2 are
/// needed by the Laplacian. Every expression keeps ITK's evaluation order so the doubles agree
/// to the last bit; see spec §7.1.
/// </summary>
public sealed record RecursiveGaussianCoefficients
{
    private const double W1 = 0.6681;
    private const double L1 = -1.3932;
    private const double W2 = 2.0787;
    private const double L2 = -1.3732;

    private RecursiveGaussianCoefficients()
    {
    }

    public double N0 { get; private init; }

    public double N1 { get; private init; }

    public double N2 { get; private init; }

    public double N3 { get; private init; }

    public double D1 { get; private init; }

    public double D2 { get; private init; }

    public double D3 { get; private init; }

    public double D4 { get; private init; }

    public double M1 { get; private init; }

    public double M2 { get; private init; }

    public double M3 { get; private init; }

    public double M4 { get; private init; }

    public double BN1 { get; private init; }

    public double BN2 { get; private init; }

    public double BN3 { get; private init; }

    public double BN4 { get; private init; }

    public double BM1 { get; private init; }

    public double BM2 { get; private init; }

    public double BM3 { get; private init; }

    public double BM4 { get; private init; }

    /// <summary>
    /// Coefficients for a pass along an axis with the given spacing. <paramref name="sigmaMm"/> is in
    /// physical units; for order 2 the result is multiplied by sigma² ("normalize across scale").
    /// </summary>
    public static RecursiveGaussianCoefficients Create(RecursiveGaussianOrder order, double sigmaMm, double spacing)
    {
        if (!(sigmaMm > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaMm), "Sigma must be greater than zero.");
        }

        spacing = Math.Abs(spacing);
        if (spacing < 1e-8)
        {
            throw new ArgumentOutOfRangeException(nameof(spacing), $"The spacing {spacing} is suspiciously small.");
        }

        double sigmad = sigmaMm / spacing;
        var (d1, d2, d3, d4, sd, dd, ed) = Denominator(sigmad);

        double n0, n1, n2, n3;
        if (order == RecursiveGaussianOrder.Zero)
        {
            (n0, n1, n2, n3, double sn, _, _) = Numerator(sigmad, 1.3530, 1.8151, -0.3531, 0.0902);
            double alpha0 = (2 * sn / sd) - n0;
            double scale = 1.0 / alpha0;
            n0 *= scale;
            n1 *= scale;
            n2 *= scale;
            n3 *= scale;
        }
        else
        {
            var (n00, n10, n20, n30, sn0, dn0, en0) = Numerator(sigmad, 1.3530, 1.8151, -0.3531, 0.0902);
            var (n02, n12, n22, n32, sn2, dn2, en2) = Numerator(sigmad, -1.3563, 5.2318, 0.3446, -2.2355);
            double beta = -((2 * sn2) - (sd * n02)) / ((2 * sn0) - (sd * n00));
            n0 = n02 + (beta * n00);
            n1 = n12 + (beta * n10);
            n2 = n22 + (beta * n20);
            n3 = n32 + (beta * n30);
            double sn = sn2 + (beta * sn0);
            double dn = dn2 + (beta * dn0);
            double en = en2 + (beta * en0);
            double alpha2 = (en * sd * sd) - (ed * sn * sd) - (2 * dn * dd * sd) + (2 * dd * dd * sn);
            alpha2 /= sd * sd * sd;
            double scale = (sigmaMm * sigmaMm) / alpha2;
            n0 *= scale;
            n1 *= scale;
            n2 *= scale;
            n3 *= scale;
        }

        // Both orders are symmetric kernels.
        double m1 = n1 - (d1 * n0);
        double m2 = n2 - (d2 * n0);
        double m3 = n3 - (d3 * n0);
        double m4 = -d4 * n0;
        double sumN = n0 + n1 + n2 + n3;
        double sumM = m1 + m2 + m3 + m4;
        double sumD = 1.0 + d1 + d2 + d3 + d4;

        return new RecursiveGaussianCoefficients
        {
            N0 = n0,
            N1 = n1,
            N2 = n2,
            N3 = n3,
            D1 = d1,
            D2 = d2,
            D3 = d3,
            D4 = d4,
            M1 = m1,
            M2 = m2,
            M3 = m3,
            M4 = m4,
            BN1 = d1 * sumN / sumD,
            BN2 = d2 * sumN / sumD,
            BN3 = d3 * sumN / sumD,
            BN4 = d4 * sumN / sumD,
            BM1 = d1 * sumM / sumD,
            BM2 = d2 * sumM / sumD,
            BM3 = d3 * sumM / sumD,
            BM4 = d4 * sumM / sumD,
        };
    }

    private static (double D1, double D2, double D3, double D4, double SD, double DD, double ED) Denominator(double sigmad)
    {
        double cos1 = Math.Cos(W1 / sigmad);
        double cos2 = Math.Cos(W2 / sigmad);
        double exp1 = Math.Exp(L1 / sigmad);
        double exp2 = Math.Exp(L2 / sigmad);

        double d4 = exp1 * exp1 * exp2 * exp2;
        double d3 = -2 * cos1 * exp1 * exp2 * exp2;
        d3 += -2 * cos2 * exp2 * exp1 * exp1;
        double d2 = 4 * cos2 * cos1 * exp1 * exp2;
        d2 += (exp1 * exp1) + (exp2 * exp2);
        double d1 = -2 * ((exp2 * cos2) + (exp1 * cos1));

        double sd = 1.0 + d1 + d2 + d3 + d4;
        double dd = d1 + (2 * d2) + (3 * d3) + (4 * d4);
        double ed = d1 + (4 * d2) + (9 * d3) + (16 * d4);
        return (d1, d2, d3, d4, sd, dd, ed);
    }

    private static (double N0, double N1, double N2, double N3, double SN, double DN, double EN) Numerator(
        double sigmad, double a1, double b1, double a2, double b2)
    {
        double sin1 = Math.Sin(W1 / sigmad);
        double sin2 = Math.Sin(W2 / sigmad);
        double cos1 = Math.Cos(W1 / sigmad);
        double cos2 = Math.Cos(W2 / sigmad);
        double exp1 = Math.Exp(L1 / sigmad);
        double exp2 = Math.Exp(L2 / sigmad);

        double n0 = a1 + a2;
        double n1 = exp2 * ((b2 * sin2) - ((a2 + (2 * a1)) * cos2));
        n1 += exp1 * ((b1 * sin1) - ((a1 + (2 * a2)) * cos1));
        double n2 = (a1 + a2) * cos2 * cos1;
        n2 -= (b1 * cos2 * sin1) + (b2 * cos1 * sin2);
        n2 *= 2 * exp1 * exp2;
        n2 += (a2 * exp1 * exp1) + (a1 * exp2 * exp2);
        double n3 = exp2 * exp1 * exp1 * ((b2 * sin2) - (a2 * cos2));
        n3 += exp1 * exp2 * exp2 * ((b1 * sin1) - (a1 * cos1));

        double sn = n0 + n1 + n2 + n3;
        double dn = n1 + (2 * n2) + (3 * n3);
        double en = n1 + (4 * n2) + (9 * n3);
        return (n0, n1, n2, n3, sn, dn, en);
    }
}
