namespace HccMesh.Imaging;

/// <summary>Small helpers for row-major 3x3 matrices held as double[9].</summary>
public static class Matrix3
{
    public static double[] Invert(double[] m)
    {
        double det = (m[0] * ((m[4] * m[8]) - (m[5] * m[7])))
                   - (m[1] * ((m[3] * m[8]) - (m[5] * m[6])))
                   + (m[2] * ((m[3] * m[7]) - (m[4] * m[6])));
        if (Math.Abs(det) < 1e-12)
        {
            throw new ArgumentException("Direction matrix is singular.");
        }

        double s = 1.0 / det;
        return
        [
            ((m[4] * m[8]) - (m[5] * m[7])) * s, ((m[2] * m[7]) - (m[1] * m[8])) * s, ((m[1] * m[5]) - (m[2] * m[4])) * s,
            ((m[5] * m[6]) - (m[3] * m[8])) * s, ((m[0] * m[8]) - (m[2] * m[6])) * s, ((m[2] * m[3]) - (m[0] * m[5])) * s,
            ((m[3] * m[7]) - (m[4] * m[6])) * s, ((m[1] * m[6]) - (m[0] * m[7])) * s, ((m[0] * m[4]) - (m[1] * m[3])) * s,
        ];
    }
}
