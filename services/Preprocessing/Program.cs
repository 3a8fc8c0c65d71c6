using HccMesh.Preprocessing.Extensions;
using HccMesh.ServiceDefaults;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddHccMeshDefaults("hccmesh-preprocessing", bus => bus.AddPreprocessingConsumers());
builder.Build().Run();
