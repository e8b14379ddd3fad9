using Microsoft.Playwright;

namespace StaticChronology.Tests.Browser;

/// <summary>
/// One headless Chromium for every browser test in the run. The browser is the system's own
/// (Debian's <c>chromium</c>, installed by <c>.ci/run</c> when missing): tests never download one.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Where the browser is looked for; <c>CHROMIUM_PATH</c> overrides it.</summary>
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not started");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ExecutablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Containers often run as root, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>Browser tests share one <see cref="Chromium"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>
{
    public const string Name = "browser";
}
