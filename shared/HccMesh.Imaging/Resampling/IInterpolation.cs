namespace HccMesh.Imaging.Resampling;

/// <summary>An image value at a continuous index (x, y, z) that lies inside [−0.5, size − 0.5) on every axis.</summary>
public interface IInterpolation
{
    double Evaluate(double x, double y, double z);
}
