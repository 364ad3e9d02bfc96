using System.Text;

namespace Sitecast.Preview;

/// <summary>
/// The script the preview adds to every HTML response (never to the files on disk). It listens on
/// <see cref="EventsPath"/>: "reload" reloads the page, "failed" shows the build errors over the page.
/// </summary>
public static class ReloadScript
{
    public const string EventsPath = "/__sitecast/events";

    public const string Marker = "data-sitecast-preview";

    public static readonly string Tag = $$"""
        <script {{Marker}}>
        (() => {
          const events = new EventSource("{{EventsPath}}");
          let overlay = null;
          events.addEventListener("reload", () => location.reload());
          events.addEventListener("failed", (event) => {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
                "background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "Build failed — the last good build is shown underneath.\n\n" + JSON.parse(event.data).text;
          });
        })();
        </script>
        """.Replace("\r\n", "\n");

    /// <summary>The page with the script before its last &lt;/body&gt; (or at the end when it has none).</summary>
    public static byte[] Inject(byte[] html)
    {
        string text = Encoding.UTF8.GetString(html);
        int body = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        string result = body >= 0 ? text[..body] + Tag + "\n" + text[body..] : text + Tag + "\n";
        return new UTF8Encoding(false).GetBytes(result);
    }
}
