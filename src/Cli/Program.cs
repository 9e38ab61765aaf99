Console.Error.WriteLine("usage: mentorflow <command> [options]");
return 2;
