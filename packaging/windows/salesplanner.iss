; Inno Setup script: dist\SalesPlanner-<version>-setup.exe from the PyInstaller folder
; dist\salesplanner\. Built by `python packaging\build.py` on Windows when iscc is on PATH
; (it passes /DAppVersion=... /DRoot=...); by hand:
;   iscc /DAppVersion=0.1.0 /DRoot=C:\path\to\checkout packaging\windows\salesplanner.iss
; Per-user install (no admin rights needed), Start menu entry, optional desktop icon,
; uninstaller. The rep's plan file lives in their user data folder and is never removed.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Root
  #define Root "..\.."
#endif

[Setup]
AppId={{5E2B7A52-3C1F-4F0B-9E55-2B7C0A6D8E11}
AppName=SalesPlanner
AppVerName=SalesPlanner {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=SalesPlanner
DefaultDirName={autopf}\SalesPlanner
DefaultGroupName=SalesPlanner
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#Root}\dist
OutputBaseFilename=SalesPlanner-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\salesplanner.ico
UninstallDisplayIcon={app}\salesplanner.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\salesplanner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\SalesPlanner"; Filename: "{app}\salesplanner.exe"
Name: "{group}\{cm:UninstallProgram,SalesPlanner}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\SalesPlanner"; Filename: "{app}\salesplanner.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\salesplanner.exe"; Description: "{cm:LaunchProgram,SalesPlanner}"; Flags: nowait postinstall skipifsilent
