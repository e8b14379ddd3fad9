using StaticChronology.Cli.Serve;

namespace StaticChronology.Tests.Serve;

/// <summary>The request checks on their own: which paths, hosts and origins the preview answers.</summary>
public sealed class RequestGuardTests
{
    [Theory]
    [InlineData("/../x", 400)]
    [InlineData("/css/../index.html", 400)]
    [InlineData("/%2e%2e/%2e%2e/", 400)]
    [InlineData("/..%2f", 400)]
    [InlineData("/..%5c", 400)]
    [InlineData("/%252e%252e/", 400)]
    [InlineData("/a\\b", 400)]
    [InlineData("/%00", 400)]
    [InlineData("/%zz", 400)]
    [InlineData("x", 400)]
    [InlineData("/.git/config", 404)]
    [InlineData("/.env", 404)]
    [InlineData("/a/.hidden/b", 404)]
    [InlineData("/%2egit/config", 404)]
    [InlineData("/", 200)]
    [InlineData("/entries/2022-01-10-geneva-talks/", 200)]
    [InlineData("/feed.xml?x=1", 200)]
    public void Paths_are_checked_as_sent(string target, int status) => Assert.Equal(status, RequestGuard.CheckPath(target));

    [Theory]
    [InlineData("127.0.0.1:5080", true)]
    [InlineData("localhost:5080", true)]
    [InlineData("LOCALHOST:5080", true)]
    [InlineData("127.0.0.1:5081", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("attacker.example:5080", false)]
    [InlineData("192.168.1.2:5080", false)]
    [InlineData("", false)]
    public void Only_the_bound_address_and_localhost_are_hosts(string host, bool allowed) =>
        Assert.Equal(allowed, new RequestGuard("127.0.0.1", 5080).IsAllowedHost(host));

    [Fact]
    public void Bound_to_every_address_an_ip_literal_host_is_accepted_but_never_a_name()
    {
        var guard = new RequestGuard("0.0.0.0", 5080);
        Assert.True(guard.IsAllowedHost("192.168.1.2:5080"));
        Assert.False(guard.IsAllowedHost("rebind.attacker.example:5080"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", false)]
    [InlineData("http://127.0.0.2:5080", false)]
    [InlineData("null", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void The_origin_must_be_the_server_the_page_came_from(string? origin, bool allowed) =>
        Assert.Equal(allowed, RequestGuard.IsAllowedOrigin(origin, "127.0.0.1:5080"));
}
