# UNTESTED: no Windows machine was available to the developers; written from the Qt 6.4
# documentation of windeployqt. Read docs/PACKAGING.md before relying on it.
#
# Builds the Mikro desktop (Release) with MSVC and Qt 6.4+ from the Qt online installer (with
# Qt Charts), QtKeychain, OpenSSL 3 and nlohmann/json from vcpkg, then gathers a folder that runs
# on a computer without Qt, and zips it.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\package.ps1 `
#       -QtDir C:\Qt\6.4.3\msvc2019_64 -Vcpkg C:\vcpkg
param(
    [Parameter(Mandatory = $true)][string]$QtDir,
    [Parameter(Mandatory = $true)][string]$Vcpkg,
    [string]$Build = "build\windows",
    [string]$Out = "build\windows\Mikro"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

cmake -S . -B $Build -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF `
    -DMIKRO_BUILD_DEVSTACK=ON "-DCMAKE_PREFIX_PATH=$QtDir" `
    "-DCMAKE_TOOLCHAIN_FILE=$Vcpkg\scripts\buildsystems\vcpkg.cmake"
cmake --build $Build --target mikro mikro-devstack

Remove-Item -Recurse -Force $Out -ErrorAction SilentlyContinue
New-Item -ItemType Directory $Out | Out-Null
Copy-Item "$Build\app\desktop\mikro.exe", "$Build\app\devstack\mikro-devstack.exe" $Out
# Qt's libraries and plugins (platform, styles, SQL drivers: SQLite for the embedded store,
# PostgreSQL for an organisation's database) and Qt's own translations.
& "$QtDir\bin\windeployqt.exe" --release --compiler-runtime --no-opengl-sw `
    --translations es,pt "$Out\mikro.exe"
# windeployqt does not know what vcpkg built: QtKeychain, OpenSSL, and libpq for qsqlpsql.
Copy-Item "$Build\vcpkg_installed\x64-windows\bin\*.dll" $Out
Compress-Archive -Path $Out -DestinationPath "$Build\Mikro-windows-x64.zip" -Force
Write-Host "package.ps1: $Build\Mikro-windows-x64.zip"
