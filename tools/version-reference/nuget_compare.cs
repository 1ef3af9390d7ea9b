// Orders version pairs with NuGet.Versioning's own NuGetVersion.TryParse and
// VersionComparer.Default. Usage: mono nuget_compare.exe < pairs   (lines "a<TAB>b"; prints
// "a<TAB>b<TAB><|=|>", and "#invalid<TAB>v" once for each string NuGet rejects).
//
// This file holds no NuGet code and does not build alone: compile it with mcs together with the
// NuGet.Versioning sources named in README.md ("What produces each file").
// Left out on purpose, because CXRay differs by design (docs/versions.md): strings with a number
// above Int32.MaxValue, which NuGet rejects as a version part and reads as text in a label.
using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using NuGet.Versioning;

public static class NuGetCompare
{
    private static readonly Regex Digits = new Regex("[0-9]+");

    private static bool LeftOut(string v)
    {
        foreach (Match m in Digits.Matches(v))
        {
            string n = m.Value.TrimStart('0');
            if (n.Length > 10 || (n.Length == 10 && string.CompareOrdinal(n, "2147483647") > 0))
            {
                return true;
            }
        }
        return false;
    }

    public static int Main()
    {
        var invalid = new HashSet<string>();
        string line;
        while ((line = Console.In.ReadLine()) != null)
        {
            string[] f = line.Split('\t');
            if (f.Length != 2 || LeftOut(f[0]) || LeftOut(f[1]))
            {
                continue;
            }
            NuGetVersion a, b;
            bool okA = Parse(f[0], invalid, out a);
            bool okB = Parse(f[1], invalid, out b);
            if (!okA || !okB)
            {
                continue;
            }
            int c = VersionComparer.Default.Compare(a, b);
            Console.Out.Write(f[0] + "\t" + f[1] + "\t" + (c < 0 ? "<" : c > 0 ? ">" : "=") + "\n");
        }
        return 0;
    }

    private static bool Parse(string v, HashSet<string> invalid, out NuGetVersion version)
    {
        if (NuGetVersion.TryParse(v, out version))
        {
            return true;
        }
        if (invalid.Add(v))
        {
            Console.Out.Write("#invalid\t" + v + "\n");
        }
        return false;
    }
}
