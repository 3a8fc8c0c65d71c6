using HccMesh.FeatureExtraction.Extensions;
using HccMesh.ServiceDefaults;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddHccMeshDefaults("hccmesh-feature-extraction", bus => bus.AddFeatureExtractionConsumers());
builder.Build().Run();
