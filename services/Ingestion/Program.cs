using HccMesh.Ingestion.Extensions;
using HccMesh.ServiceDefaults;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddHccMeshDefaults("hccmesh-ingestion", bus => bus.AddIngestionConsumers());
builder.Services.AddIngestion(builder.Configuration);
builder.Build().Run();
