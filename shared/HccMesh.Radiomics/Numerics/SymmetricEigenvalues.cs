namespace HccMesh.Radiomics.Numerics;

/// <summary>
/// Eigenvalues of a real symmetric matrix: Householder reduction to tridiagonal form followed by the
/// implicit QL algorithm with Wilkinson-type shifts (Golub &amp; Van Loan, "Matrix Computations", §8.3;
/// the classic tred2/tqli pair, eigenvalues only). Backward stable: absolute error ≈ ε·‖A‖.
/// </summary>
public static class SymmetricEigenvalues
{
    /// <summary>Eigenvalues in ascending order. <paramref name="a"/> (row-major n×n) is overwritten.</summary>
    public static double[] Compute(double[] a, int n)
    {
        if (n == 0)
        {
            return [];
        }

        var d = new double[n];
        var e = new double[n];
        Tridiagonalize(a, n, d, e);
        DiagonalizeTridiagonal(d, e, n);
        Array.Sort(d);
        return d;
    }

    /// <summary>Householder: A ← H A H column by column; d = diagonal, e[i] = A[i+1, i], e[n−1] = 0.</summary>
    private static void Tridiagonalize(double[] a, int n, double[] d, double[] e)
    {
        var v = new double[n];
        var w = new double[n];
        for (int k = 0; k < n - 2; k++)
        {
            double norm2 = 0;
            for (int i = k + 1; i < n; i++)
            {
                norm2 += a[(i * n) + k] * a[(i * n) + k];
            }

            if (norm2 == 0)
            {
                continue;
            }

            double x0 = a[((k + 1) * n) + k];
            double alpha = x0 > 0 ? -Math.Sqrt(norm2) : Math.Sqrt(norm2);
            double vnorm2 = 0;
            for (int i = k + 1; i < n; i++)
            {
                v[i] = a[(i * n) + k];
            }

            v[k + 1] -= alpha;
            for (int i = k + 1; i < n; i++)
            {
                vnorm2 += v[i] * v[i];
            }

            if (vnorm2 == 0)
            {
                continue;
            }

            double inv = 1.0 / Math.Sqrt(vnorm2);
            for (int i = k + 1; i < n; i++)
            {
                v[i] *= inv;
            }

            // p = B v, K = vᵀp, w = p − K v, B −= 2 (v wᵀ + w vᵀ)   (B = trailing block k+1..n−1)
            double kk = 0;
            for (int i = k + 1; i < n; i++)
            {
                double s = 0;
                int row = i * n;
                for (int j = k + 1; j < n; j++)
                {
                    s += a[row + j] * v[j];
                }

                w[i] = s;
                kk += v[i] * s;
            }

            for (int i = k + 1; i < n; i++)
            {
                w[i] -= kk * v[i];
            }

            for (int i = k + 1; i < n; i++)
            {
                int row = i * n;
                double vi = v[i], wi = w[i];
                for (int j = k + 1; j < n; j++)
                {
                    a[row + j] -= 2 * ((vi * w[j]) + (wi * v[j]));
                }
            }

            a[((k + 1) * n) + k] = alpha;
            a[(k * n) + k + 1] = alpha;
            for (int i = k + 2; i < n; i++)
            {
                a[(i * n) + k] = 0;
                a[(k * n) + i] = 0;
            }
        }

        for (int i = 0; i < n; i++)
        {
            d[i] = a[(i * n) + i];
            e[i] = i < n - 1 ? a[((i + 1) * n) + i] : 0;
        }
    }

    /// <summary>Implicit QL on the tridiagonal (d, e) with e[i] coupling d[i] and d[i+1].</summary>
    private static void DiagonalizeTridiagonal(double[] d, double[] e, int n)
    {
        for (int l = 0; l < n; l++)
        {
            int iteration = 0;
            int m;
            do
            {
                for (m = l; m < n - 1; m++)
                {
                    double dd = Math.Abs(d[m]) + Math.Abs(d[m + 1]);
                    if (Math.Abs(e[m]) + dd == dd)
                    {
                        break;
                    }
                }

                if (m != l)
                {
                    if (iteration++ == 100)
                    {
                        throw new ArithmeticException("Symmetric eigenvalue iteration did not converge.");
                    }

                    double g = (d[l + 1] - d[l]) / (2.0 * e[l]);
                    double r = Hypot(g, 1.0);
                    g = d[m] - d[l] + (e[l] / (g + (g >= 0 ? Math.Abs(r) : -Math.Abs(r))));
                    double s = 1.0, c = 1.0, p = 0.0;
                    int i;
                    bool underflow = false;
                    for (i = m - 1; i >= l; i--)
                    {
                        double f = s * e[i];
                        double b = c * e[i];
                        r = Hypot(f, g);
                        e[i + 1] = r;
                        if (r == 0.0)
                        {
                            d[i + 1] -= p;
                            e[m] = 0.0;
                            underflow = true;
                            break;
                        }

                        s = f / r;
                        c = g / r;
                        g = d[i + 1] - p;
                        r = ((d[i] - g) * s) + (2.0 * c * b);
                        p = s * r;
                        d[i + 1] = g + p;
                        g = (c * r) - b;
                    }

                    if (underflow)
                    {
                        continue;
                    }

                    d[l] -= p;
                    e[l] = g;
                    e[m] = 0.0;
                }
            }
            while (m != l);
        }
    }

    private static double Hypot(double a, double b)
    {
        double x = Math.Abs(a), y = Math.Abs(b);
        if (x < y)
        {
            (x, y) = (y, x);
        }

        if (x == 0)
        {
            return 0;
        }

        double t = y / x;
        return x * Math.Sqrt(1 + (t * t));
    }
}
