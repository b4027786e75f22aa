return StaticReader.Cli.CommandLine.Run(args);
