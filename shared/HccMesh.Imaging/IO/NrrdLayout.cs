namespace HccMesh.Imaging.IO;

/// <summary>Pixel type, byte order and LPS geometry derived from a NRRD header (after ITK's NrrdImageIO).</summary>
internal sealed record NrrdLayout(PixelType PixelType, bool BigEndian, ImageGeometry Geometry)
{
    public static NrrdLayout From(NrrdHeader header, string file)
    {
        var type = PixelTypeOf(header.Require("type", file), file);
        bool bigEndian = header.Get("endian") is { } e && e.Trim().Equals("big", StringComparison.OrdinalIgnoreCase);
        int dimension = NrrdHeader.ParseInt(header.Require("dimension", file), "dimension", file);
        var sizes = NrrdHeader.ParseInts(header.Require("sizes", file), "sizes", file);
        if (sizes.Length != dimension)
        {
            throw new ImageFormatException(file, $"NRRD 'sizes' has {sizes.Length} values but dimension is {dimension}.");
        }

        foreach (int s in sizes)
        {
            if (s <= 0)
            {
                throw new ImageFormatException(file, $"NRRD 'sizes' must be positive, got '{header.Get("sizes")}'.");
            }
        }

        var directions = header.Get("space directions") is { } sd ? NrrdHeader.ParseVectors(sd, "space directions", file) : null;
        if (directions is not null && directions.Length != dimension)
        {
            throw new ImageFormatException(file, $"NRRD 'space directions' has {directions.Length} entries but dimension is {dimension}.");
        }

        var kinds = header.Get("kinds")?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (kinds is not null && kinds.Length != dimension)
        {
            throw new ImageFormatException(file, $"NRRD 'kinds' has {kinds.Length} entries but dimension is {dimension}.");
        }

        var spatialAxes = SpatialAxes(sizes, directions, kinds, file);
        if (spatialAxes.Count < 2 || spatialAxes.Count > 3)
        {
            throw new ImageFormatException(file, $"only scalar 2-D or 3-D NRRD images are supported (dimension {dimension}).");
        }

        double count = 1;
        foreach (int s in sizes)
        {
            count *= s;
        }

        if (count > Array.MaxLength)
        {
            throw new ImageFormatException(file, $"NRRD image of {count} voxels is too large.");
        }

        var size = new int[] { 1, 1, 1 };
        var spacing = new double[] { 1, 1, 1 };
        var direction = ImageGeometry.IdentityDirection;
        var origin = new double[3];
        var spacings = header.Get("spacings") is { } sp ? sp.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) : null;
        for (int a = 0; a < spatialAxes.Count; a++)
        {
            int axis = spatialAxes[a];
            size[a] = sizes[axis];
            if (directions is not null)
            {
                var v = directions[axis]!;
                if (v.Length != 3)
                {
                    throw new ImageFormatException(file, "only 3-D 'space directions' vectors are supported.");
                }

                double norm = Math.Sqrt((v[0] * v[0]) + (v[1] * v[1]) + (v[2] * v[2]));
                if (!(norm > 0) || double.IsInfinity(norm))
                {
                    throw new ImageFormatException(file, "NRRD 'space directions' has a zero or invalid vector.");
                }

                spacing[a] = norm;
                for (int r = 0; r < 3; r++)
                {
                    direction[(3 * r) + a] = v[r] / norm;
                }
            }
            else if (spacings is not null && axis < spacings.Length)
            {
                double s = NrrdHeader.ParseDouble(spacings[axis], "spacings", file);
                spacing[a] = double.IsNaN(s) ? 1.0 : Math.Abs(s);
                if (spacing[a] == 0)
                {
                    throw new ImageFormatException(file, "NRRD 'spacings' has a zero spacing.");
                }
            }
        }

        if (header.Get("space origin") is { } so)
        {
            var o = NrrdHeader.ParseVectors(so, "space origin", file);
            if (o.Length != 1 || o[0] is not { Length: 3 } ov)
            {
                throw new ImageFormatException(file, "NRRD 'space origin' must be one 3-D vector.");
            }

            origin = [.. ov];
            foreach (double x in origin)
            {
                if (!double.IsFinite(x))
                {
                    throw new ImageFormatException(file, "NRRD 'space origin' is not finite.");
                }
            }
        }

        ToLps(header.Get("space"), direction, origin, file);
        if (spatialAxes.Count == 2 && directions is not null)
        {
            // third axis of a 2-D image in 3-D space: the normal of the two given directions
            direction[2] = (direction[3] * direction[7]) - (direction[6] * direction[4]);
            direction[5] = (direction[6] * direction[1]) - (direction[0] * direction[7]);
            direction[8] = (direction[0] * direction[4]) - (direction[3] * direction[1]);
        }

        try
        {
            Matrix3.Invert(direction);
        }
        catch (ArgumentException)
        {
            throw new ImageFormatException(file, "NRRD 'space directions' are not independent (singular direction matrix).");
        }

        return new NrrdLayout(type, bigEndian, new ImageGeometry(size[0], size[1], size[2], spacing, origin, direction));
    }

    /// <summary>
    /// Axes that carry space: a 'space directions' vector (not "none") and a kind of domain, space or unknown.
    /// A non-spatial axis (vector, RGB-color, list, time, ...) is tolerated only if it has one sample.
    /// </summary>
    private static List<int> SpatialAxes(int[] sizes, double[]?[]? directions, string[]? kinds, string file)
    {
        var axes = new List<int>(3);
        for (int i = 0; i < sizes.Length; i++)
        {
            bool spatialKind = kinds is null || kinds[i].ToLowerInvariant() is "domain" or "space" or "???" or "none";
            if ((directions is null || directions[i] is not null) && spatialKind)
            {
                axes.Add(i);
            }
            else if (sizes[i] != 1)
            {
                throw new ImageFormatException(file, "vector or multi-component NRRD images are not supported (a non-spatial axis has size > 1).");
            }
        }

        return axes;
    }

    /// <summary>ITK NrrdImageIO: RAS negates x and y, LAS negates y; LPS, scanner-xyz and 3D-*-handed stay.</summary>
    private static void ToLps(string? space, double[] direction, double[] origin, string file)
    {
        string s = (space ?? "left-posterior-superior").Trim().ToLowerInvariant();
        bool negateX, negateY;
        switch (s)
        {
            case "left-posterior-superior" or "lps" or "scanner-xyz" or "3d-right-handed" or "3d-left-handed":
                return;
            case "right-anterior-superior" or "ras":
                negateX = true;
                negateY = true;
                break;
            case "left-anterior-superior" or "las":
                negateX = false;
                negateY = true;
                break;
            default:
                throw new ImageFormatException(file, $"NRRD space '{space}' is not supported.");
        }

        for (int c = 0; c < 3; c++)
        {
            if (negateX)
            {
                direction[c] = -direction[c];
            }

            if (negateY)
            {
                direction[3 + c] = -direction[3 + c];
            }
        }

        if (negateX)
        {
            origin[0] = -origin[0];
        }

        if (negateY)
        {
            origin[1] = -origin[1];
        }
    }

    private static PixelType PixelTypeOf(string type, string file) => type.Trim().ToLowerInvariant() switch
    {
        "signed char" or "int8" or "int8_t" => PixelType.Int8,
        "uchar" or "unsigned char" or "uint8" or "uint8_t" => PixelType.UInt8,
        "short" or "short int" or "signed short" or "signed short int" or "int16" or "int16_t" => PixelType.Int16,
        "ushort" or "unsigned short" or "unsigned short int" or "uint16" or "uint16_t" => PixelType.UInt16,
        "int" or "signed int" or "int32" or "int32_t" => PixelType.Int32,
        "uint" or "unsigned int" or "uint32" or "uint32_t" => PixelType.UInt32,
        "float" => PixelType.Float32,
        "double" => PixelType.Float64,
        _ => throw new ImageFormatException(file, $"NRRD type '{type}' is not supported (8/16/32-bit integers, float, double are)."),
    };
}
