# Orders version pairs with Elixir's Version (Debian elixir): Version.parse, Version.compare.
IO.stream(:stdio, :line)
|> Enum.reduce(MapSet.new(), fn line, invalid ->
  [a, b] = line |> String.trim_trailing("\n") |> String.split("\t")
  {parsed, invalid} =
    Enum.map_reduce([a, b], invalid, fn v, acc ->
      case Version.parse(v) do
        {:ok, ver} -> {ver, acc}
        :error ->
          unless MapSet.member?(acc, v), do: IO.puts("#invalid\t" <> v)
          {nil, MapSet.put(acc, v)}
      end
    end)
  case parsed do
    [va, vb] when va != nil and vb != nil ->
      r = %{lt: "<", eq: "=", gt: ">"}[Version.compare(va, vb)]
      IO.puts(a <> "\t" <> b <> "\t" <> r)
    _ -> :ok
  end
  invalid
end)
