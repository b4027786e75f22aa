namespace StaticReader.Cli;

/// <summary>The script <c>serve</c> adds to every HTML page: reload on rebuild (keeping the scroll position), error overlay.</summary>
public static class LiveReloadScript
{
    /// <summary>Where the script is served.</summary>
    public const string Path = "/__staticreader/livereload.js";

    /// <summary>Where the event stream is served.</summary>
    public const string EventsPath = "/__staticreader/events";

    /// <summary>The tag inserted before <c>&lt;/body&gt;</c>.</summary>
    public const string Tag = "<script src=\"" + Path + "\"></script>";

    /// <summary>The script.</summary>
    public const string Source = """
        (function () {
          var key = 'staticreader-scroll:' + location.pathname;
          var saved = sessionStorage.getItem(key);
          if (saved !== null) { sessionStorage.removeItem(key); window.scrollTo(0, parseInt(saved, 10) || 0); }
          var overlay = null;
          function showError(text) {
            if (!overlay) {
              overlay = document.createElement('pre');
              overlay.id = 'staticreader-error';
              overlay.setAttribute('role', 'alert');
              overlay.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1rem;background:#300;color:#fee;font:13px/1.4 monospace;z-index:99999;white-space:pre-wrap';
              document.body.appendChild(overlay);
            }
            overlay.textContent = 'Build failed: the last good version is shown.\n\n' + text;
          }
          var events = new EventSource('/__staticreader/events');
          events.addEventListener('reload', function (e) {
            var urls = e.data ? JSON.parse(e.data) : null;
            var here = location.pathname, decoded = here;
            try { decoded = decodeURI(here); } catch (err) { /* keep the raw path */ }
            // A page showing a build error reloads on any successful build, so the overlay never outlives the fix.
            if (urls && !overlay && urls.indexOf(here) < 0 && urls.indexOf(decoded) < 0) { return; }
            sessionStorage.setItem(key, String(window.scrollY));
            location.reload();
          });
          events.addEventListener('error', function (e) { if (e.data) { showError(e.data); } });
        })();
        """;
}
