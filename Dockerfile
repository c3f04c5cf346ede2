# The portal as a container: docs/operations.md ("Containers").
#   docker build -t leeds-commissioning .
#   docker run --rm -p 8080:8080 -e Database__Provider=PostgreSql -e ConnectionStrings__Default=... leeds-commissioning
# The front-end assets (site.css, govuk-frontend.min.js, fonts, images) are committed in src/LeedsCommissioning.Web/wwwroot,
# so the build needs no Node.js. The same image runs the migrate command: `docker run ... leeds-commissioning migrate`.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# What the build reads, and nothing else (tests, bench and node_modules stay out of the image).
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY docs/sample-contracts-import.csv docs/
COPY src/ src/
RUN dotnet publish src/LeedsCommissioning.Web/LeedsCommissioning.Web.csproj \
      --configuration Release --output /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The pickup folder (Email:Transport=PickupFolder) and App_Data (the SQLite file, for a one-container trial), owned by
# the runtime user so they, and volumes mounted there, are writable.
RUN mkdir -p /var/lib/leeds-commissioning/mail /app/App_Data \
 && chown "$APP_UID" /var/lib/leeds-commissioning/mail /app/App_Data
# The image's unprivileged "app" user (uid 1654, $APP_UID): the portal writes nothing but its pickup folder,
# and its logs go to stdout.
USER $APP_UID
ENTRYPOINT ["dotnet", "LeedsCommissioning.Web.dll"]
