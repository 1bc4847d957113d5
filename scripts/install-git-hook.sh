#!/bin/sh
# install-git-hook.sh installs a plain git pre-commit hook that runs
# zilint, for teams without the pre-commit framework. Run it inside the
# repository to protect:
#
#   sh /path/to/zilint/scripts/install-git-hook.sh [-f]
#
# The hook needs zilint on PATH (go install github.com/zilint/zilint/cmd/zilint@latest).
# It runs `zilint ./...` when a Go file is staged and
# `zilint secrets -staged` on every commit; either one's findings stop
# the commit (git commit --no-verify skips the hook). An existing
# pre-commit hook that this script did not write is kept unless -f is
# given.
set -eu

force=false
case "${1:-}" in
  -f) force=true ;;
  "") ;;
  *) echo "usage: install-git-hook.sh [-f]" >&2; exit 2 ;;
esac

hooks=$(git rev-parse --git-path hooks)
hook="$hooks/pre-commit"
marker="# installed by zilint scripts/install-git-hook.sh"
if [ -e "$hook" ] && ! grep -qF "$marker" "$hook" && [ "$force" = false ]; then
  echo "install-git-hook.sh: $hook exists and was not written by zilint; rerun with -f to replace it" >&2
  exit 1
fi

mkdir -p "$hooks"
cat > "$hook" <<HOOK
#!/bin/sh
$marker
set -eu
if ! command -v zilint >/dev/null 2>&1; then
  echo "zilint pre-commit hook: zilint is not on PATH;" \\
    "go install github.com/zilint/zilint/cmd/zilint@latest" >&2
  exit 1
fi
if git diff --cached --name-only --diff-filter=ACMR -- '*.go' | grep -q .; then
  zilint ./...
fi
zilint secrets -staged
HOOK
chmod +x "$hook"
echo "installed $hook"
