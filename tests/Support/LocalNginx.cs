using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Xunit;

namespace Sitecast.Tests.Support;

/// <summary>
/// Debian's nginx, started by a test on 127.0.0.1 on a free port with https (a certificate made for the test) or
/// plain http, its own configuration and folders in a temporary directory, serving <c>root</c>. Installed by
/// .ci/install.d/35-web-servers-stats.sh and 36-nginx-live.sh; tests skip where it is missing. <see cref="Handler"/>
/// trusts that certificate only.
/// </summary>
public sealed class LocalNginx : IDisposable
{
    private readonly Process _process;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitecast-nginx-" + Guid.NewGuid().ToString("N"));
    private readonly X509Certificate2 _certificate;

    /// <param name="serverBlock">Directives for the server block; {port} and {root} are replaced.</param>
    /// <param name="types">The MIME type map (nginx "types" block contents); null: Debian's /etc/nginx/mime.types.</param>
    /// <param name="https">False: plain http, as a host without a certificate serves.</param>
    /// <param name="accessLog">Where nginx logs each request in its "combined" format; null: no access log.</param>
    public LocalNginx(string root, int port, string serverBlock = "", string? types = null, bool https = true, string? accessLog = null)
    {
        string? nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);
        Skip.If(nginx is null, "nginx is not installed");
        Port = port;
        Https = https;
        Directory.CreateDirectory(Path.Combine(_folder, "tmp"));
        _certificate = WriteCertificate(_folder);

        string config = $$"""
            daemon off;
            master_process off;
            worker_processes 1;
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/error.log warn;
            events { worker_connections 64; }
            http {
              {{(types is null ? "include /etc/nginx/mime.types;" : $"types {{ {types} }}")}}
              default_type application/octet-stream;
              {{(accessLog is null ? "access_log off;" : $"access_log {accessLog} combined;")}}
              client_body_temp_path {{_folder}}/tmp/body;
              proxy_temp_path {{_folder}}/tmp/proxy;
              fastcgi_temp_path {{_folder}}/tmp/fastcgi;
              uwsgi_temp_path {{_folder}}/tmp/uwsgi;
              scgi_temp_path {{_folder}}/tmp/scgi;
              server {
                {{(https ? $"listen 127.0.0.1:{port} ssl;\n    ssl_certificate {_folder}/cert.pem;\n    ssl_certificate_key {_folder}/key.pem;" : $"listen 127.0.0.1:{port};")}}
                root {{root}};
                {{serverBlock.Replace("{port}", port.ToString()).Replace("{root}", root)}}
              }
            }
            """;
        File.WriteAllText(Path.Combine(_folder, "nginx.conf"), config);
        _process = Process.Start(new ProcessStartInfo(nginx!, ["-p", _folder, "-c", Path.Combine(_folder, "nginx.conf"), "-e", Path.Combine(_folder, "error.log")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        ListeningProcess.WaitUntilListening(_process, port, "nginx", ReadLog);
    }

    public int Port { get; }

    public bool Https { get; }

    public string Url => $"{(Https ? "https" : "http")}://127.0.0.1:{Port}/";

    /// <summary>The nginx.conf this server runs with, for failure messages.</summary>
    public string Config => File.ReadAllText(Path.Combine(_folder, "nginx.conf"));

    /// <summary>A handler that trusts this server's certificate and no other; it never follows redirects.</summary>
    public SocketsHttpHandler Handler() => new()
    {
        AllowAutoRedirect = false,
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.GetCertHashString() == _certificate.GetCertHashString(),
        },
    };

    private string ReadLog()
    {
        string log = Path.Combine(_folder, "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    private static X509Certificate2 WriteCertificate(string folder)
    {
        using RSA key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(Path.Combine(folder, "cert.pem"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        return certificate;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        _certificate.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
