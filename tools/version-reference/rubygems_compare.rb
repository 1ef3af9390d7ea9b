# Orders version pairs with Gem::Version (Debian ruby).
require 'rubygems'
invalid = {}
STDIN.each_line do |line|
  a, b = line.chomp.split("\t", -1)
  ok = [a, b].map do |v|
    # Gem::Version reads a blank string as 0; CXRay does not accept blank versions.
    valid = !v.strip.empty? && Gem::Version.correct?(v)
    if !valid && !invalid[v]
      invalid[v] = true
      puts "#invalid\t#{v}"
    end
    valid
  end
  next unless ok.all?
  c = Gem::Version.new(a) <=> Gem::Version.new(b)
  puts "#{a}\t#{b}\t#{c < 0 ? '<' : c > 0 ? '>' : '='}"
end
