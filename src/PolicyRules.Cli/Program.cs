namespace PolicyRules.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return new CliApp(Console.Out, Console.Error).Run(args);
    }
}
