namespace HccMesh.Dicom;

/// <summary>Named tags used by HccMesh (PS3.6 data dictionary). Their implicit-VR VRs are in <see cref="DicomDictionary"/>.</summary>
public static class DicomTags
{
    public static readonly DicomTag CommandGroupLength = new(0x0000, 0x0000);

    public static readonly DicomTag AffectedSopClassUid = new(0x0000, 0x0002);

    public static readonly DicomTag RequestedSopClassUid = new(0x0000, 0x0003);

    public static readonly DicomTag CommandField = new(0x0000, 0x0100);

    public static readonly DicomTag MessageId = new(0x0000, 0x0110);

    public static readonly DicomTag MessageIdBeingRespondedTo = new(0x0000, 0x0120);

    public static readonly DicomTag MoveDestination = new(0x0000, 0x0600);

    public static readonly DicomTag Priority = new(0x0000, 0x0700);

    public static readonly DicomTag CommandDataSetType = new(0x0000, 0x0800);

    public static readonly DicomTag Status = new(0x0000, 0x0900);

    public static readonly DicomTag OffendingElement = new(0x0000, 0x0901);

    public static readonly DicomTag ErrorComment = new(0x0000, 0x0902);

    public static readonly DicomTag AffectedSopInstanceUid = new(0x0000, 0x1000);

    public static readonly DicomTag RequestedSopInstanceUid = new(0x0000, 0x1001);

    public static readonly DicomTag MoveOriginatorApplicationEntityTitle = new(0x0000, 0x1030);

    public static readonly DicomTag MoveOriginatorMessageId = new(0x0000, 0x1031);

    public static readonly DicomTag FileMetaInformationGroupLength = new(0x0002, 0x0000);

    public static readonly DicomTag FileMetaInformationVersion = new(0x0002, 0x0001);

    public static readonly DicomTag MediaStorageSopClassUid = new(0x0002, 0x0002);

    public static readonly DicomTag MediaStorageSopInstanceUid = new(0x0002, 0x0003);

    public static readonly DicomTag TransferSyntaxUid = new(0x0002, 0x0010);

    public static readonly DicomTag ImplementationClassUid = new(0x0002, 0x0012);

    public static readonly DicomTag ImplementationVersionName = new(0x0002, 0x0013);

    public static readonly DicomTag SourceApplicationEntityTitle = new(0x0002, 0x0016);

    public static readonly DicomTag SpecificCharacterSet = new(0x0008, 0x0005);

    public static readonly DicomTag ImageType = new(0x0008, 0x0008);

    public static readonly DicomTag InstanceCreationDate = new(0x0008, 0x0012);

    public static readonly DicomTag InstanceCreationTime = new(0x0008, 0x0013);

    public static readonly DicomTag SopClassUid = new(0x0008, 0x0016);

    public static readonly DicomTag SopInstanceUid = new(0x0008, 0x0018);

    public static readonly DicomTag StudyDate = new(0x0008, 0x0020);

    public static readonly DicomTag SeriesDate = new(0x0008, 0x0021);

    public static readonly DicomTag AcquisitionDate = new(0x0008, 0x0022);

    public static readonly DicomTag ContentDate = new(0x0008, 0x0023);

    public static readonly DicomTag StudyTime = new(0x0008, 0x0030);

    public static readonly DicomTag SeriesTime = new(0x0008, 0x0031);

    public static readonly DicomTag AcquisitionTime = new(0x0008, 0x0032);

    public static readonly DicomTag ContentTime = new(0x0008, 0x0033);

    public static readonly DicomTag AccessionNumber = new(0x0008, 0x0050);

    public static readonly DicomTag Modality = new(0x0008, 0x0060);

    public static readonly DicomTag ConversionType = new(0x0008, 0x0064);

    public static readonly DicomTag Manufacturer = new(0x0008, 0x0070);

    public static readonly DicomTag InstitutionName = new(0x0008, 0x0080);

    public static readonly DicomTag ReferringPhysicianName = new(0x0008, 0x0090);

    public static readonly DicomTag StudyDescription = new(0x0008, 0x1030);

    public static readonly DicomTag SeriesDescription = new(0x0008, 0x103E);

    public static readonly DicomTag ManufacturerModelName = new(0x0008, 0x1090);

    public static readonly DicomTag ReferencedSeriesSequence = new(0x0008, 0x1115);

    public static readonly DicomTag ReferencedImageSequence = new(0x0008, 0x1140);

    public static readonly DicomTag ReferencedSopClassUid = new(0x0008, 0x1150);

    public static readonly DicomTag ReferencedSopInstanceUid = new(0x0008, 0x1155);

    public static readonly DicomTag SourceImageSequence = new(0x0008, 0x2112);

    public static readonly DicomTag DerivationImageSequence = new(0x0008, 0x9124);

    public static readonly DicomTag PatientName = new(0x0010, 0x0010);

    public static readonly DicomTag PatientId = new(0x0010, 0x0020);

    public static readonly DicomTag PatientBirthDate = new(0x0010, 0x0030);

    public static readonly DicomTag PatientSex = new(0x0010, 0x0040);

    public static readonly DicomTag PatientAge = new(0x0010, 0x1010);

    public static readonly DicomTag PatientIdentityRemoved = new(0x0012, 0x0062);

    public static readonly DicomTag BodyPartExamined = new(0x0018, 0x0015);

    public static readonly DicomTag SliceThickness = new(0x0018, 0x0050);

    public static readonly DicomTag Kvp = new(0x0018, 0x0060);

    public static readonly DicomTag SpacingBetweenSlices = new(0x0018, 0x0088);

    public static readonly DicomTag SoftwareVersions = new(0x0018, 0x1020);

    public static readonly DicomTag GantryDetectorTilt = new(0x0018, 0x1120);

    public static readonly DicomTag ExposureTime = new(0x0018, 0x1150);

    public static readonly DicomTag XRayTubeCurrent = new(0x0018, 0x1151);

    public static readonly DicomTag ConvolutionKernel = new(0x0018, 0x1210);

    public static readonly DicomTag PatientPosition = new(0x0018, 0x5100);

    public static readonly DicomTag StudyInstanceUid = new(0x0020, 0x000D);

    public static readonly DicomTag SeriesInstanceUid = new(0x0020, 0x000E);

    public static readonly DicomTag StudyId = new(0x0020, 0x0010);

    public static readonly DicomTag SeriesNumber = new(0x0020, 0x0011);

    public static readonly DicomTag AcquisitionNumber = new(0x0020, 0x0012);

    public static readonly DicomTag InstanceNumber = new(0x0020, 0x0013);

    public static readonly DicomTag ImagePositionPatient = new(0x0020, 0x0032);

    public static readonly DicomTag ImageOrientationPatient = new(0x0020, 0x0037);

    public static readonly DicomTag FrameOfReferenceUid = new(0x0020, 0x0052);

    public static readonly DicomTag PositionReferenceIndicator = new(0x0020, 0x1040);

    public static readonly DicomTag SliceLocation = new(0x0020, 0x1041);

    public static readonly DicomTag FrameContentSequence = new(0x0020, 0x9111);

    public static readonly DicomTag PlanePositionSequence = new(0x0020, 0x9113);

    public static readonly DicomTag PlaneOrientationSequence = new(0x0020, 0x9116);

    public static readonly DicomTag DimensionIndexValues = new(0x0020, 0x9157);

    public static readonly DicomTag SamplesPerPixel = new(0x0028, 0x0002);

    public static readonly DicomTag PhotometricInterpretation = new(0x0028, 0x0004);

    public static readonly DicomTag PlanarConfiguration = new(0x0028, 0x0006);

    public static readonly DicomTag NumberOfFrames = new(0x0028, 0x0008);

    public static readonly DicomTag Rows = new(0x0028, 0x0010);

    public static readonly DicomTag Columns = new(0x0028, 0x0011);

    public static readonly DicomTag PixelSpacing = new(0x0028, 0x0030);

    public static readonly DicomTag BitsAllocated = new(0x0028, 0x0100);

    public static readonly DicomTag BitsStored = new(0x0028, 0x0101);

    public static readonly DicomTag HighBit = new(0x0028, 0x0102);

    public static readonly DicomTag PixelRepresentation = new(0x0028, 0x0103);

    public static readonly DicomTag PixelPaddingValue = new(0x0028, 0x0120);

    public static readonly DicomTag WindowCenter = new(0x0028, 0x1050);

    public static readonly DicomTag WindowWidth = new(0x0028, 0x1051);

    public static readonly DicomTag RescaleIntercept = new(0x0028, 0x1052);

    public static readonly DicomTag RescaleSlope = new(0x0028, 0x1053);

    public static readonly DicomTag RescaleType = new(0x0028, 0x1054);

    public static readonly DicomTag PixelMeasuresSequence = new(0x0028, 0x9110);

    public static readonly DicomTag SegmentationType = new(0x0062, 0x0001);

    public static readonly DicomTag SegmentSequence = new(0x0062, 0x0002);

    public static readonly DicomTag SegmentNumber = new(0x0062, 0x0004);

    public static readonly DicomTag SegmentLabel = new(0x0062, 0x0005);

    public static readonly DicomTag SegmentIdentificationSequence = new(0x0062, 0x000A);

    public static readonly DicomTag ReferencedSegmentNumber = new(0x0062, 0x000B);

    public static readonly DicomTag StructureSetLabel = new(0x3006, 0x0002);

    public static readonly DicomTag ReferencedFrameOfReferenceSequence = new(0x3006, 0x0010);

    public static readonly DicomTag RtReferencedStudySequence = new(0x3006, 0x0012);

    public static readonly DicomTag RtReferencedSeriesSequence = new(0x3006, 0x0014);

    public static readonly DicomTag ContourImageSequence = new(0x3006, 0x0016);

    public static readonly DicomTag StructureSetRoiSequence = new(0x3006, 0x0020);

    public static readonly DicomTag RoiNumber = new(0x3006, 0x0022);

    public static readonly DicomTag ReferencedFrameOfReferenceUid = new(0x3006, 0x0024);

    public static readonly DicomTag RoiName = new(0x3006, 0x0026);

    public static readonly DicomTag RoiContourSequence = new(0x3006, 0x0039);

    public static readonly DicomTag ContourSequence = new(0x3006, 0x0040);

    public static readonly DicomTag ContourGeometricType = new(0x3006, 0x0042);

    public static readonly DicomTag NumberOfContourPoints = new(0x3006, 0x0046);

    public static readonly DicomTag ContourData = new(0x3006, 0x0050);

    public static readonly DicomTag ReferencedRoiNumber = new(0x3006, 0x0084);

    public static readonly DicomTag SharedFunctionalGroupsSequence = new(0x5200, 0x9229);

    public static readonly DicomTag PerFrameFunctionalGroupsSequence = new(0x5200, 0x9230);

    public static readonly DicomTag PixelData = new(0x7FE0, 0x0010);
}
