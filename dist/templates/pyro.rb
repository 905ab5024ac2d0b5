# Homebrew formula template: the release job fills in VERSION and the SHA-256 of each archive.
class Pyro < Formula
  desc "Command-line client of PyroMind, reinforcement learning as a service"
  homepage "https://pyromind.ai"
  version "VERSION"
  license "MIT"

  on_macos do
    on_arm do
      url "https://github.com/pyromind/pyro/releases/download/vVERSION/pyro-VERSION-darwin-arm64.tar.gz"
      sha256 "SHA256_DARWIN_ARM64"
    end
    on_intel do
      url "https://github.com/pyromind/pyro/releases/download/vVERSION/pyro-VERSION-darwin-x86_64.tar.gz"
      sha256 "SHA256_DARWIN_X86_64"
    end
  end
  on_linux do
    on_arm do
      url "https://github.com/pyromind/pyro/releases/download/vVERSION/pyro-VERSION-linux-arm64.tar.gz"
      sha256 "SHA256_LINUX_ARM64"
    end
    on_intel do
      url "https://github.com/pyromind/pyro/releases/download/vVERSION/pyro-VERSION-linux-x86_64.tar.gz"
      sha256 "SHA256_LINUX_X86_64"
    end
  end

  def install
    bin.install "bin/pyro"
    bash_completion.install "completions/pyro.bash" => "pyro"
    zsh_completion.install "completions/pyro.zsh" => "_pyro"
    fish_completion.install "completions/pyro.fish"
    man1.install Dir["man/man1/*.1"]
  end

  test do
    assert_match "pyro VERSION", shell_output("#{bin}/pyro --version")
  end
end
