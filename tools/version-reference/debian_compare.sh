#!/bin/sh
# Orders version pairs with dpkg itself: dpkg --validate-version, then --compare-versions.
seen=$(mktemp)
trap 'rm -f "$seen"' EXIT
valid() {
  if dpkg --validate-version -- "$1" >/dev/null 2>&1; then return 0; fi
  if ! grep -qxF -- "$1" "$seen"; then
    printf '%s\n' "$1" >>"$seen"
    printf '#invalid\t%s\n' "$1"
  fi
  return 1
}
tab=$(printf '\t')
while IFS="$tab" read -r a b; do
  valid "$a"; va=$?
  valid "$b"; vb=$?
  [ $va -eq 0 ] && [ $vb -eq 0 ] || continue
  if dpkg --compare-versions "$a" lt "$b"; then r='<'
  elif dpkg --compare-versions "$a" eq "$b"; then r='='
  else r='>'; fi
  printf '%s\t%s\t%s\n' "$a" "$b" "$r"
done
