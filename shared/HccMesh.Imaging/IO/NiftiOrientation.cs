namespace HccMesh.Imaging.IO;

/// <summary>
/// Chooses between the NIfTI qform and sform and converts the chosen affine to LPS geometry, following
/// ITK's NiftiImageIO::SetImageIOOrientationFromNIfTI (Modules/IO/NIFTI/src/itkNiftiImageIO.cxx) and the
/// qto_xyz / sto_xyz construction of niftilib (nifti1_io.c, nifti_convert_nhdr2nim, nifti_quatern_to_mat44).
/// </summary>
internal static class NiftiOrientation
{
    private const int ScannerAnat = 1;

    /// <summary>Spacing (from pixdim, made positive), origin and direction in LPS.</summary>
    public static (double[] Spacing, double[] Origin, double[] Direction) Geometry(NiftiHeader h, string file)
    {
        double scale = (h.XyztUnits & 0x07) switch
        {
            1 => 1e3,  // metre
            3 => 1e-3, // micron
            _ => 1.0,  // mm or unknown
        };
        var d = FixedPixDim(h);
        var spacing = new[] { Math.Abs(d[0]) * scale, Math.Abs(d[1]) * scale, Math.Abs(d[2]) * scale };
        int q = Math.Max(h.QFormCode, 0), s = Math.Max(h.SFormCode, 0);
        if (q == 0 && s == 0)
        {
            return (spacing, [0, 0, 0], ImageGeometry.IdentityDirection);
        }

        var qto = QToXyz(h, d);
        var sto = SToXyz(h);
        var m = Choose(qto, sto, q, s, d, file);

        var origin = new[] { (-m[3] * scale) + 0.0, (-m[7] * scale) + 0.0, m[11] * scale };
        var direction = new double[9];
        for (int c = 0; c < 3; c++)
        {
            double x = -m[c], y = -m[4 + c], z = m[8 + c];
            double norm = Math.Sqrt((x * x) + (y * y) + (z * z));
            if (!(norm > 0))
            {
                throw new ImageFormatException(file, "NIfTI affine has a zero column.");
            }

            // "+ 0.0" turns the -0 of a negated zero into +0
            direction[c] = (x / norm) + 0.0;
            direction[3 + c] = (y / norm) + 0.0;
            direction[6 + c] = (z / norm) + 0.0;
        }

        return (spacing, origin, direction);
    }

    private static double[] Choose(double[] qto, double[] sto, int q, int s, double[] pixdim, string file)
    {
        bool preferSform = SimilarElementwise(sto, qto);
        if (!preferSform || s != 0)
        {
            if (SformDecomposableWithoutSkew(sto, s))
            {
                if (q == 0 && s != 0)
                {
                    preferSform = true;
                }
                else if (s == ScannerAnat)
                {
                    preferSform = true;
                }
                else if (q != 0 && s != 0)
                {
                    preferSform = VerySimilar(sto, qto);
                }
            }
        }

        if (preferSform)
        {
            return sto;
        }

        if (q != 0)
        {
            return qto;
        }

        throw new ImageFormatException(file, "NIfTI has only a non-orthonormal sform and no qform (ITK refuses such files too).");
    }

    /// <summary>ITK: 3x3 parts equal within 1e-5 per element, translation and bottom rows within 1e-7 (one-norm).</summary>
    private static bool SimilarElementwise(double[] a, double[] b)
    {
        for (int r = 0; r < 3; r++)
        {
            for (int c = 0; c < 3; c++)
            {
                if (Math.Abs(a[(4 * r) + c] - b[(4 * r) + c]) > 1e-5)
                {
                    return false;
                }
            }
        }

        double column = 0, bottom = 0;
        for (int i = 0; i < 4; i++)
        {
            column += Math.Abs(a[(4 * i) + 3] - b[(4 * i) + 3]);
            bottom += Math.Abs(a[12 + i] - b[12 + i]);
        }

        return column <= 1e-7 && bottom <= 1e-7;
    }

    /// <summary>ITK: the sform is an invertible affine whose column-normalised 3x3 part is orthonormal within 1e-4.</summary>
    private static bool SformDecomposableWithoutSkew(double[] sto, int s)
    {
        if (s == 0 || Math.Abs(sto[12]) + Math.Abs(sto[13]) + Math.Abs(sto[14]) + Math.Abs(sto[15] - 1.0) > float.Epsilon)
        {
            return false;
        }

        var r = new double[9];
        for (int c = 0; c < 3; c++)
        {
            double norm = Math.Sqrt((sto[c] * sto[c]) + (sto[4 + c] * sto[4 + c]) + (sto[8 + c] * sto[8 + c]));
            if (!(norm > 0))
            {
                return false;
            }

            for (int row = 0; row < 3; row++)
            {
                r[(3 * row) + c] = sto[(4 * row) + c] / norm;
            }
        }

        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                double dot = (r[3 * i] * r[3 * j]) + (r[(3 * i) + 1] * r[(3 * j) + 1]) + (r[(3 * i) + 2] * r[(3 * j) + 2]);
                if (Math.Abs(dot - (i == j ? 1.0 : 0.0)) > 1e-4)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// ITK compares the SVDs of the two 3x3 parts (rotation, singular values, offsets within 1e-4). For the
    /// orthogonal-column matrices that reach this point that is the same as comparing the column norms
    /// (spacings) and the normalised columns (rotations); we compare those, which avoids SVD sign ambiguity.
    /// </summary>
    private static bool VerySimilar(double[] sto, double[] qto)
    {
        for (int c = 0; c < 3; c++)
        {
            double ns = Math.Sqrt((sto[c] * sto[c]) + (sto[4 + c] * sto[4 + c]) + (sto[8 + c] * sto[8 + c]));
            double nq = Math.Sqrt((qto[c] * qto[c]) + (qto[4 + c] * qto[4 + c]) + (qto[8 + c] * qto[8 + c]));
            if (Math.Abs(ns - nq) > 1e-4 || !(nq > 0))
            {
                return false;
            }

            for (int r = 0; r < 3; r++)
            {
                if (Math.Abs((sto[(4 * r) + c] / ns) - (qto[(4 * r) + c] / nq)) > 1e-4)
                {
                    return false;
                }
            }
        }

        for (int r = 0; r < 3; r++)
        {
            if (Math.Abs(sto[(4 * r) + 3] - qto[(4 * r) + 3]) > 1e-4)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>niftilib: a pixdim of 0 or non-finite becomes 1.</summary>
    private static double[] FixedPixDim(NiftiHeader h)
    {
        var d = new double[3];
        for (int i = 0; i < 3; i++)
        {
            double v = h.PixDim[i + 1];
            d[i] = v == 0 || !double.IsFinite(v) ? 1.0 : v;
        }

        return d;
    }

    /// <summary>niftilib nifti_quatern_to_mat44 (NIfTI-1 stores each element as float); diag(pixdim) when qform_code is 0.</summary>
    private static double[] QToXyz(NiftiHeader h, double[] pixdim)
    {
        var m = new double[16];
        m[15] = 1;
        if (h.QFormCode <= 0)
        {
            m[0] = pixdim[0];
            m[5] = pixdim[1];
            m[10] = pixdim[2];
            return m;
        }

        double b = h.QuaternB, c = h.QuaternC, d = h.QuaternD;
        double a = 1.0 - ((b * b) + (c * c) + (d * d));
        if (a < 1e-7)
        {
            a = 1.0 / Math.Sqrt((b * b) + (c * c) + (d * d));
            b *= a;
            c *= a;
            d *= a;
            a = 0.0;
        }
        else
        {
            a = Math.Sqrt(a);
        }

        double xd = pixdim[0] > 0 ? pixdim[0] : 1.0;
        double yd = pixdim[1] > 0 ? pixdim[1] : 1.0;
        double zd = pixdim[2] > 0 ? pixdim[2] : 1.0;
        if (h.PixDim[0] < 0)
        {
            zd = -zd;
        }

        m[0] = ((a * a) + (b * b) - (c * c) - (d * d)) * xd;
        m[1] = 2.0 * ((b * c) - (a * d)) * yd;
        m[2] = 2.0 * ((b * d) + (a * c)) * zd;
        m[4] = 2.0 * ((b * c) + (a * d)) * xd;
        m[5] = ((a * a) + (c * c) - (b * b) - (d * d)) * yd;
        m[6] = 2.0 * ((c * d) - (a * b)) * zd;
        m[8] = 2.0 * ((b * d) - (a * c)) * xd;
        m[9] = 2.0 * ((c * d) + (a * b)) * yd;
        m[10] = ((a * a) + (d * d) - (c * c) - (b * b)) * zd;
        m[3] = h.QOffset[0];
        m[7] = h.QOffset[1];
        m[11] = h.QOffset[2];
        if (h.Version == 1)
        {
            for (int i = 0; i < 12; i++)
            {
                m[i] = (float)m[i];
            }
        }

        return m;
    }

    /// <summary>niftilib: the srow rows with bottom row (0,0,0,1) when sform_code > 0, otherwise all zeros.</summary>
    private static double[] SToXyz(NiftiHeader h)
    {
        var m = new double[16];
        if (h.SFormCode <= 0)
        {
            return m;
        }

        Array.Copy(h.SRow, m, 12);
        m[15] = 1;
        return m;
    }
}
