<#
.SYNOPSIS
    Build, sign, validate and test promptlib's MSI on a Windows CI runner.

.DESCRIPTION
    NOT RUN IN THIS REPOSITORY'S CI: it needs Windows (x64, an elevated session on a
    throw-away runner or VM, since it installs and uninstalls the MSI), Python 3.11 (py
    launcher), the .NET SDK (for the pinned WiX), signtool (Windows SDK) and the
    organisation's code-signing certificate. Written against the Linux checks
    (make msi-linux), which build the same WiX source with wixl; see packaging/README.md.

    Steps, each failing loudly:
      1. Freeze: promptlib's wheel into a venv, PyInstaller with packaging\pyinstaller\promptlib.spec
         -> dist\promptlib\promptlib.exe (windowed), promptlib-cli.exe (console), version info.
      2. Sign both executables (signtool; the certificate stays in the signing service).
      3. promptlib-cli.exe --self-test from the bundle.
      4. Harvest (harvest.py), copy the WiX 3 sources and `wix convert` the copies to WiX 4+
         syntax (the WiX 3 files in the repository stay the one source, because wixl on
         Linux reads only WiX 3), build with the pinned WiX 5 -> dist\promptlib-X.Y.Z.msi,
         with policy-folder-acl.wxs (the ACL on %ProgramData%\promptlib).
      5. wix msi validate (the ICE checks), sign the MSI.
      6. Build the previous version (N-1) from the same bundle unless -PreviousMsi gives the
         released one; install N-1 silently, place a policy.json, upgrade to N silently,
         check one entry in Programs and Features, the ACL, the shortcut, --self-test and
         the policy from the installed app, that N-1 is then refused (downgrade), uninstall
         by ProductCode, and that ProgramData\promptlib\policy.json survives.

.PARAMETER PreviousMsi
    The released N-1 MSI for the upgrade test. Default: one built here from the same
    bundle with the patch number one lower.

.PARAMETER SignArguments
    signtool's arguments that choose the certificate, e.g. "/sha1 <thumbprint>" for a
    certificate in the machine store or "/dlib <dll> /dmdf <json>" for a signing
    service. Default: $env:PROMPTLIB_SIGN_ARGS. Without either, -SkipSigning is needed.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File packaging\windows\build-msi.ps1 -SignArguments "/sha1 0123..."
#>
[CmdletBinding()]
param(
    [string]$PreviousMsi = "",
    [string]$SignArguments = $env:PROMPTLIB_SIGN_ARGS,
    [string]$TimestampUrl = "http://timestamp.digicert.com",
    [string]$WixVersion = "5.0.2",           # pinned: a new WiX is a reviewed change
    [string[]]$Python = @("py", "-3.11"),  # the Python to build with, and its arguments
    [switch]$SkipSigning,
    [switch]$SkipInstallTests
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root
$Here = Join-Path $Root "packaging\windows"
$Work = Join-Path $Root "build\msi"
$Dist = Join-Path $Root "dist"
$Bundle = Join-Path $Dist "promptlib"
New-Item -ItemType Directory -Force -Path $Work, $Dist | Out-Null

function Step([string]$Text) { Write-Host "== $Text" }
function Fail([string]$Text) { throw "build-msi: $Text" }
function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    # To the console, not the pipeline: a function's stray output would become its result.
    & $Exe @Arguments | Out-Host
    if ($LASTEXITCODE -ne 0) { Fail "$Exe $($Arguments -join ' ') exited $LASTEXITCODE" }
}
function Invoke-Msiexec([string[]]$Arguments, [int[]]$Accept = @(0, 3010)) {
    # 3010: done, a restart would finish replacing files in use (REBOOT=ReallySuppress).
    $process = Start-Process -FilePath msiexec.exe -ArgumentList $Arguments -Wait -PassThru
    if ($Accept -notcontains $process.ExitCode) { Fail "msiexec $($Arguments -join ' ') exited $($process.ExitCode)" }
    return $process.ExitCode
}
function Invoke-App([string]$Exe, [string[]]$Arguments, [string]$Name) {
    # Output to files: Windows PowerShell turns a native program's redirected stderr into
    # errors, which stop this script (Qt prints harmless warnings there).
    $process = Start-Process -FilePath $Exe -ArgumentList $Arguments -Wait -PassThru -NoNewWindow `
        -RedirectStandardOutput "$Work\$Name.out" -RedirectStandardError "$Work\$Name.err"
    return @{ Code = $process.ExitCode; Out = (Get-Content -Raw "$Work\$Name.out") + "";
              Err = (Get-Content -Raw "$Work\$Name.err") + "" }
}
function Get-ArpEntries {
    Get-ChildItem "HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall" |
        ForEach-Object { Get-ItemProperty $_.PSPath } |
        Where-Object { $_.PSObject.Properties["DisplayName"] -and $_.DisplayName -eq "promptlib" }
}

# -- 1. freeze ---------------------------------------------------------------------------
$PyExe = $Python[0]
$PyArgs = @($Python | Select-Object -Skip 1)
$Version = (& $PyExe @PyArgs -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
Step "promptlib ${Version}: wheel, venv, PyInstaller"
$Venv = Join-Path $Root "build\bundle-venv"
if (-not (Test-Path "$Venv\Scripts\python.exe")) {
    Invoke-Checked $PyExe ($PyArgs + @("-m", "venv", $Venv))
}
$VenvPython = "$Venv\Scripts\python.exe"
Invoke-Checked $VenvPython @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Checked $VenvPython @("-m", "pip", "install", "--quiet", "-r", "packaging\requirements.txt")
Remove-Item "$Dist\promptlib-*.whl" -ErrorAction SilentlyContinue
Invoke-Checked $VenvPython @("-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", $Dist, ".")
$Wheel = (Get-ChildItem "$Dist\promptlib-*.whl").FullName
Invoke-Checked $VenvPython @("-m", "pip", "install", "--quiet", "--force-reinstall", "--no-deps", $Wheel)
Invoke-Checked $VenvPython @("-m", "pip", "check")
Invoke-Checked $VenvPython @("$Here\make_icon.py", "$Work\promptlib.ico")
$env:PROMPTLIB_ICON = "$Work\promptlib.ico"
if (Test-Path $Bundle) { Remove-Item -Recurse -Force $Bundle }
$PyiWork = Join-Path $Root "build\pyinstaller\promptlib"
New-Item -ItemType Directory -Force -Path $PyiWork | Out-Null
Push-Location $PyiWork   # nothing of the checkout on the import path: promptlib comes from the wheel
try {
    Invoke-Checked $VenvPython @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--workpath", ".", "--distpath", $Dist, "$Root\packaging\pyinstaller\promptlib.spec")
} finally { Pop-Location }
foreach ($exe in "promptlib.exe", "promptlib-cli.exe") {
    if (-not (Test-Path "$Bundle\$exe")) { Fail "the bundle has no $exe" }
    $info = (Get-Item "$Bundle\$exe").VersionInfo
    if ($info.ProductVersion -ne $Version) { Fail "$exe has version '$($info.ProductVersion)', not $Version" }
}

# -- 2. sign the executables ----------------------------------------------------------------
function Invoke-Sign([string[]]$Files) {
    if ($SkipSigning) { Write-Host "signing skipped (-SkipSigning): $($Files -join ', ')"; return }
    if (-not $SignArguments) { Fail "no -SignArguments / PROMPTLIB_SIGN_ARGS (or pass -SkipSigning)" }
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName | Select-Object -Last 1
    if (-not $signtool) { Fail "signtool.exe not found (install the Windows SDK)" }
    $arguments = @("sign", "/fd", "SHA256", "/tr", $TimestampUrl, "/td", "SHA256") + $SignArguments.Split(" ") + $Files
    Invoke-Checked $signtool.FullName $arguments
    Invoke-Checked $signtool.FullName (@("verify", "/pa") + $Files)
}
Step "sign the executables"
Invoke-Sign @("$Bundle\promptlib.exe", "$Bundle\promptlib-cli.exe")

# -- 3. the frozen app ------------------------------------------------------------------------
Step "frozen --self-test"
$env:QT_QPA_PLATFORM = "offscreen"
$env:PROMPTLIB_HOME = Join-Path $Work "self-test-home"
$run = Invoke-App "$Bundle\promptlib-cli.exe" @("--self-test") "frozen-self-test"
if ($run.Code -ne 0 -or $run.Out.Trim() -ne "ok") { Fail "frozen --self-test: exit $($run.Code): $($run.Out) $($run.Err)" }
Remove-Item Env:\PROMPTLIB_HOME

# -- 4. harvest, convert, build ------------------------------------------------------------
function Get-Ids([string]$ForVersion) {
    $ids = @{}
    & $VenvPython "$Here\msi_ids.py" $ForVersion | ForEach-Object { $k, $v = $_.Split("=", 2); $ids[$k] = $v }
    if ($LASTEXITCODE -ne 0) { Fail "msi_ids.py $ForVersion failed" }
    return $ids
}
Step "WiX $WixVersion (dotnet tool, pinned)"
$WixDir = Join-Path $Root "build\wix-$WixVersion"
if (-not (Test-Path "$WixDir\wix.exe")) {
    Invoke-Checked dotnet @("tool", "install", "--tool-path", $WixDir, "wix", "--version", $WixVersion)
}
$Wix = "$WixDir\wix.exe"
$actual = (& $Wix --version).Trim()
if (-not $actual.StartsWith($WixVersion)) { Fail "wix --version is $actual, not $WixVersion" }

Step "harvest $Bundle; convert the WiX 3 sources"
$Source = Join-Path $Work "wix4"
if (Test-Path $Source) { Remove-Item -Recurse -Force $Source }
New-Item -ItemType Directory -Force -Path $Source | Out-Null
Invoke-Checked $VenvPython @("$Here\harvest.py", $Bundle, "--main-exe", "promptlib.exe", "-o", "$Source\files.wxs")
Copy-Item "$Here\promptlib.wxs", "$Here\policy-folder-acl.wxs" $Source
foreach ($file in Get-ChildItem "$Source\*.wxs") {
    # `wix convert` rewrites the file in place and reports each change it made as a
    # message (and may exit non-zero for them): the result is what is checked.
    & $Wix convert $file.FullName | Out-Host
    if (-not (Select-String -Path $file.FullName -Pattern "http://wixtoolset.org/schemas/v4/wxs" -Quiet)) {
        Fail "wix convert did not convert $($file.Name)"
    }
}

function Build-Msi([string]$ForVersion, [string]$Output) {
    $ids = Get-Ids $ForVersion
    Invoke-Checked $Wix @("build", "-arch", "x64", "-o", $Output,
        "-d", "Version=$($ids.ProductVersion)", "-d", "ProductCode=$($ids.ProductCode)",
        "-d", "BundleDir=$Bundle", "-d", "MainExe=promptlib.exe", "-d", "IconFile=$Work\promptlib.ico",
        "$Source\promptlib.wxs", "$Source\policy-folder-acl.wxs", "$Source\files.wxs")
    Step "wix msi validate $Output"
    Invoke-Checked $Wix @("msi", "validate", $Output)
    Invoke-Sign @($Output)
    return $ids
}
$Msi = Join-Path $Dist "promptlib-$Version.msi"
Step "build $Msi"
$Ids = Build-Msi $Version $Msi
Write-Host "ProductCode $($Ids.ProductCode), UpgradeCode $($Ids.UpgradeCode)"

if ($SkipInstallTests) { Write-Host "install tests skipped (-SkipInstallTests)"; exit 0 }

# -- 6. install, upgrade, uninstall -----------------------------------------------------------
if (-not $PreviousMsi) {
    $parts = $Ids.ProductVersion.Split(".")
    if ([int]$parts[2] -eq 0) { $previous = "$($parts[0]).$([int]$parts[1] - 1).99" } else { $previous = "$($parts[0]).$($parts[1]).$([int]$parts[2] - 1)" }
    if ($previous.Contains("-")) { $previous = "0.0.1" }
    $PreviousMsi = Join-Path $Work "promptlib-$previous.msi"
    Step "build N-1 ($previous) from the same bundle, for the upgrade test"
    Build-Msi $previous $PreviousMsi | Out-Null
}
$InstallDir = Join-Path $env:ProgramFiles "promptlib"
$PolicyDir = Join-Path $env:ProgramData "promptlib"
$PolicyFile = Join-Path $PolicyDir "policy.json"
if (Get-ArpEntries) { Fail "promptlib is already installed on this runner; use a clean one" }

Step "install N-1 silently: $PreviousMsi"
Invoke-Msiexec @("/i", "`"$PreviousMsi`"", "/qn", "/norestart", "/l*v", "`"$Work\install-previous.log`"") | Out-Null
Step "IT places $PolicyFile"
Set-Content -Path $PolicyFile -Value '{"allow_copy_anyway": false}' -Encoding ascii
$policyHash = (Get-FileHash $PolicyFile).Hash

Step "upgrade to N silently: msiexec /i $Msi /qn /norestart /l*v"
Invoke-Msiexec @("/i", "`"$Msi`"", "/qn", "/norestart", "/l*v", "`"$Work\install.log`"") | Out-Null
$entries = @(Get-ArpEntries)
if ($entries.Count -ne 1) { Fail "$($entries.Count) promptlib entries in Programs and Features after the upgrade, not 1" }
if ($entries[0].DisplayVersion -ne $Ids.ProductVersion) { Fail "Programs and Features shows $($entries[0].DisplayVersion)" }
if ($entries[0].PSChildName -ne $Ids.ProductCode) { Fail "the entry is $($entries[0].PSChildName), not $($Ids.ProductCode)" }
Write-Host "ok: one entry in Programs and Features: $($entries[0].PSChildName) $($entries[0].DisplayVersion)"

$acl = Get-Acl $PolicyDir
if (-not $acl.AreAccessRulesProtected) { Fail "$PolicyDir inherits permissions from ProgramData" }
$users = New-Object System.Security.Principal.SecurityIdentifier("S-1-5-32-545")
$write = [System.Security.AccessControl.FileSystemRights]"Write, Delete, ChangePermissions, TakeOwnership"
foreach ($rule in $acl.Access) {
    $sid = $rule.IdentityReference.Translate([System.Security.Principal.SecurityIdentifier]).Value
    if ($sid -ne "S-1-5-18" -and $sid -ne "S-1-5-32-544") {      # SYSTEM, Administrators
        if ($sid -ne $users.Value) { Fail "$PolicyDir grants $($rule.IdentityReference) $($rule.FileSystemRights)" }
        if ($rule.FileSystemRights -band $write) { Fail "Users may write to $PolicyDir ($($rule.FileSystemRights))" }
    }
}
Write-Host "ok: $PolicyDir is protected: SYSTEM and Administrators full control, Users read"
$shortcut = Join-Path $env:ProgramData "Microsoft\Windows\Start Menu\Programs\promptlib.lnk"
if (-not (Test-Path $shortcut)) { Fail "no Start-menu shortcut $shortcut" }

Step "the installed app"
$env:PROMPTLIB_HOME = Join-Path $Work "installed-home"
$run = Invoke-App "$InstallDir\promptlib-cli.exe" @("--self-test") "installed-self-test"
if ($run.Code -ne 0 -or $run.Out.Trim() -ne "ok") { Fail "installed --self-test: exit $($run.Code): $($run.Out) $($run.Err)" }
Write-Host "ok: promptlib-cli.exe --self-test"
$run = Invoke-App "$InstallDir\promptlib-cli.exe" @("fill", "customer-service.supplement-request", "--lang", "fi",
    "--set", "application_type=Toimeentulotuki", "--set", "missing_items=tiliote", "--set", "deadline=2025-01-31",
    "--set", "submit_channel=131052-308T", "--copy", "--allow-sensitive") "fill"
if ($run.Code -ne 1 -or -not $run.Err.Contains("policy does not allow copying personal data anyway")) {
    Fail "the policy in $PolicyFile was not obeyed (exit $($run.Code)): $($run.Err)"
}
Write-Host "ok: $PolicyFile obeyed (copying personal data anyway refused)"
Remove-Item Env:\PROMPTLIB_HOME

Step "downgrade to N-1 is refused"
$code = Invoke-Msiexec @("/i", "`"$PreviousMsi`"", "/qn", "/norestart", "/l*v", "`"$Work\downgrade.log`"") -Accept @(1603, 1638)
if ((@(Get-ArpEntries)).Count -ne 1 -or (@(Get-ArpEntries))[0].DisplayVersion -ne $Ids.ProductVersion) { Fail "the downgrade changed the installation" }
Write-Host "ok: N-1 refused (msiexec $code), N still installed"

Step "uninstall silently: msiexec /x $($Ids.ProductCode) /qn"
Invoke-Msiexec @("/x", $Ids.ProductCode, "/qn", "/norestart", "/l*v", "`"$Work\uninstall.log`"") | Out-Null
if (@(Get-ArpEntries).Count -ne 0) { Fail "promptlib is still in Programs and Features" }
if (Test-Path $InstallDir) { Fail "$InstallDir is still there: $(Get-ChildItem -Recurse $InstallDir | Select-Object -First 5)" }
if (Test-Path $shortcut) { Fail "the Start-menu shortcut is still there" }
if (-not (Test-Path $PolicyFile) -or (Get-FileHash $PolicyFile).Hash -ne $policyHash) { Fail "$PolicyFile did not survive the uninstall" }
Write-Host "ok: uninstalled; $PolicyFile survives"
Write-Host "build-msi: $Msi built, signed, validated and tested"
