using Microsoft.Playwright;
using StaticReader.Core.Model;
using StaticReader.Core.Pipeline;

namespace StaticReader.BrowserTests.Support;

/// <summary>
/// Builds the reader site from the repository's <c>input/</c> with the built-in theme into a temporary
/// folder, serves it on 127.0.0.1, and launches Debian's Chromium once for all browser tests.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly string outputDir = Path.Combine(Path.GetTempPath(), "staticreader-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private StaticServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The built site.</summary>
    public string OutputDir => outputDir;

    /// <summary>The model the site was built from (its pages, as the search index holds them).</summary>
    public SiteModel? Model { get; private set; }

    /// <summary>The server's origin, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl => server?.BaseUrl ?? throw new InvalidOperationException("the site is not served yet");

    /// <summary>The shared browser.</summary>
    public IBrowser Browser => browser ?? throw new InvalidOperationException("the browser is not started yet");

    /// <summary>An absolute URL for a site path.</summary>
    public string Url(string path) => BaseUrl + path;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(RepoPaths.Theme, "assets", "js", "vendor", "lunr.min.js")))
        {
            throw new InvalidOperationException("theme/assets/js/vendor/lunr.min.js is missing: build src/StaticReader (its Theme.targets vendors lunr) or run `npm ci` in theme/ and copy node_modules/lunr/lunr.min.js there.");
        }

        if (!File.Exists(RepoPaths.AxeScript))
        {
            throw new InvalidOperationException($"{RepoPaths.AxeScript} is missing: run `npm ci` in tests/StaticReader.BrowserTests.");
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (`apt-get install -y chromium`); the tests never download a browser.");
        }

        var (result, model) = SiteBuilder.BuildModel(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, outputDir));
        Model = model;
        if (!result.Published)
        {
            throw new InvalidOperationException("the reader site did not build:\n" + string.Join('\n', result.Diagnostics));
        }

        server = new StaticServer(outputDir);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh browser context (own storage, no cache shared with other tests). <paramref name="bypassCsp"/> lets a
    /// test inject axe-core, which the site's Content-Security-Policy would rightly refuse.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, ColorScheme scheme = ColorScheme.Light,
        bool touch = false, bool javaScript = true, ReducedMotion motion = ReducedMotion.Reduce, bool bypassCsp = false) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            HasTouch = touch,
            IsMobile = touch,
            JavaScriptEnabled = javaScript,
            ReducedMotion = motion,
            DeviceScaleFactor = 1,
            BypassCSP = bypassCsp,
        });

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        server?.Dispose();
        try
        {
            Directory.Delete(outputDir, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "reader site";
}
