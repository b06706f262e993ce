namespace PolicyRules.Server;

internal static class Program
{
    private static int Main(string[] args) => PolicyServer.Run(args);
}
