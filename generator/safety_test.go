package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sarakhon/digest/generator/internal/testfs"
)

// siteCopy copies the fixture site (see copySite) with search off.
func siteCopy(t *testing.T) string {
	t.Helper()
	dir := copySite(t)
	p := filepath.Join(dir, "site.yaml")
	yaml, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	yaml = bytes.Replace(yaml, []byte("search: true"), []byte("search: false"), 1)
	if err := os.WriteFile(p, yaml, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestFailedBuildKeepsOutputCommand breaks a template, site.yaml or the
// output setting after a good build: the command exits 1 with a message
// naming the problem, and the previous output is byte-for-byte intact.
func TestFailedBuildKeepsOutputCommand(t *testing.T) {
	cases := []struct {
		name  string
		args  []string
		spoil func(t *testing.T, dir string)
		want  string
	}{
		{"broken template", nil, func(t *testing.T, dir string) {
			p := filepath.Join(dir, "templates", "article.html")
			data, _ := os.ReadFile(p)
			os.WriteFile(p, append(data, []byte("{{if}}")...), 0o644)
		}, "article.html"},
		{"template runtime error", nil, func(t *testing.T, dir string) {
			p := filepath.Join(dir, "templates", "article.html")
			data, _ := os.ReadFile(p)
			data = bytes.Replace(data, []byte(`{{define "main"}}`), []byte(`{{define "main"}}{{index .NoSuchField 3}}`), 1)
			os.WriteFile(p, data, 0o644)
		}, "NoSuchField"},
		{"unknown key", nil, func(t *testing.T, dir string) {
			p := filepath.Join(dir, "site.yaml")
			data, _ := os.ReadFile(p)
			os.WriteFile(p, append(data, []byte("titel: ভুল\n")...), 0o644)
		}, "site.yaml:"},
		{"bad site.yaml", nil, func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, "site.yaml"), []byte("title: [ভাঙা\n"), 0o644)
		}, "site.yaml:"},
		{"output is content", []string{"--out", "content"}, func(*testing.T, string) {}, "overlaps the source folder"},
		{"output is the site", []string{"--out", "."}, func(*testing.T, string) {}, "which a build would replace"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := siteCopy(t)
			out := filepath.Join(dir, "public")
			var stdout, stderr bytes.Buffer
			if code := run([]string{"build", "--site", dir, "--out", out}, &stdout, &stderr); code != 0 {
				t.Fatalf("first build: exit %d: %s", code, stderr.String())
			}
			before, site := testfs.Hash(t, out), testfs.Hash(t, filepath.Join(dir, "content"))
			c.spoil(t, dir)
			args := []string{"build", "--site", dir, "--out", out}
			if c.args != nil {
				args = append([]string{"build", "--site", dir}, c.args...)
				args[len(args)-1] = filepath.Join(dir, args[len(args)-1])
			}
			stderr.Reset()
			if code := run(args, &stdout, &stderr); code != 1 {
				t.Fatalf("exit %d, want 1; stderr: %s", code, stderr.String())
			}
			if !strings.Contains(stderr.String(), c.want) {
				t.Errorf("stderr %q lacks %q", stderr.String(), c.want)
			}
			t.Logf("user sees: %s", strings.ReplaceAll(stderr.String(), dir, "SITE"))
			if testfs.Hash(t, out) != before {
				t.Error("the failed build changed the previous output")
			}
			if testfs.Hash(t, filepath.Join(dir, "content")) != site {
				t.Error("the failed build changed content/")
			}
			if left, _ := filepath.Glob(filepath.Join(dir, ".tmp-*")); len(left) > 0 {
				t.Errorf("left behind: %q", left)
			}
		})
	}
}

// nestedSite copies the site to ROOT/org/site and returns ROOT and the
// site folder, so that a test can put files beside and above the site's
// parent without leaving its temporary folder.
func nestedSite(t *testing.T) (root, dir string) {
	t.Helper()
	root = t.TempDir()
	dir = filepath.Join(root, "org", "site")
	if err := os.CopyFS(dir, os.DirFS(siteCopy(t))); err != nil {
		t.Fatal(err)
	}
	return root, dir
}

// setOutput sets output: in the site's site.yaml.
func setOutput(t *testing.T, dir, output string) {
	t.Helper()
	p := filepath.Join(dir, "site.yaml")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	data = regexp.MustCompile(`(?m)^output:.*\n`).ReplaceAll(data, nil)
	if err := os.WriteFile(p, append(data, []byte("output: "+output+"\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestOutputPathIsChecked tries output paths that name a file, output:
// values in site.yaml that leave the site folder's parent (as a pull
// request could set them), and symbolic links into the sources: each is
// refused before anything is touched, even with --force. A folder beside the site, or any folder
// given with --out, builds.
func TestOutputPathIsChecked(t *testing.T) {
	cases := []struct {
		name   string
		output string // output: in site.yaml, "" for none
		args   []string
		code   int
		want   string
	}{
		{"--out names a file", "", []string{"--out", "site.yaml"}, 1, "is a file"},
		{"--out names a file, --force", "", []string{"--out", "site.yaml", "--force"}, 1, "is a file"},
		{"output: names a file above the site", "../../victim", nil, 1, "outside"},
		{"output: names a folder above the site", "../../victim-dir", nil, 1, "--out DIR"},
		{"output: absolute", "ROOT/victim-dir", nil, 1, "outside"},
		{"output: beside the site", "../site-out", nil, 0, ""},
		{"output: through a link above the site", "up/victim-dir", nil, 1, "outside"},
		{"--out through a link to the site", "", []string{"--out", "ROOT/link/content", "--force"}, 1, "overlaps the source folder"},
		{"--out is a link to the site", "", []string{"--out", "ROOT/link", "--force"}, 1, "which a build would replace"},
		{"--out above the site", "", []string{"--out", "ROOT/victim-dir"}, 0, ""},
		{"check reports output:", "../../victim", []string{"check"}, 1, "site.yaml:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root, dir := nestedSite(t)
			victim := filepath.Join(root, "victim")
			if err := os.WriteFile(victim, []byte("secret key\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Mkdir(filepath.Join(root, "victim-dir"), 0o755); err != nil {
				t.Fatal(err)
			}
			// A link in the site (a pull request can add one) and a
			// link to the site.
			if err := os.Symlink(root, filepath.Join(dir, "up")); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(dir, filepath.Join(root, "link")); err != nil {
				t.Fatal(err)
			}
			content := testfs.Hash(t, filepath.Join(dir, "content"))
			if c.output != "" {
				setOutput(t, dir, strings.ReplaceAll(c.output, "ROOT", root))
			}
			yaml, _ := os.ReadFile(filepath.Join(dir, "site.yaml"))
			cmd := "build"
			args := c.args
			if len(args) > 0 && args[0] == "check" {
				cmd, args = "check", args[1:]
			}
			full := []string{cmd, "--site", dir}
			for _, a := range args {
				full = append(full, strings.ReplaceAll(a, "ROOT", root))
			}
			var stdout, stderr bytes.Buffer
			code := run(full, &stdout, &stderr)
			t.Logf("user sees: %s", strings.ReplaceAll(stderr.String(), root, "ROOT"))
			if code != c.code || !strings.Contains(stderr.String(), c.want) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", code, stderr.String(), c.code, c.want)
			}
			if got, err := os.ReadFile(victim); err != nil || string(got) != "secret key\n" {
				t.Errorf("the file above the site was changed: %q, %v", got, err)
			}
			if got, err := os.ReadFile(filepath.Join(dir, "site.yaml")); err != nil || !bytes.Equal(got, yaml) {
				t.Errorf("site.yaml was changed: %v", err)
			}
			if testfs.Hash(t, filepath.Join(dir, "content")) != content {
				t.Error("content/ was changed")
			}
			if code != 0 {
				if left, _ := filepath.Glob(filepath.Join(dir, ".tmp-*")); len(left) > 0 {
					t.Errorf("left behind: %q", left)
				}
			}
		})
	}
}

// TestSourceFolderLinks makes static/, content/ or templates/ a symbolic
// link: to a folder outside the site (static -> ~ would publish .ssh/) it
// is refused, and nothing of that folder is published; to a folder inside
// the site it is followed.
func TestSourceFolderLinks(t *testing.T) {
	cases := []struct {
		name, folder, target string // target: ROOT/secret or a folder of the site
		code                 int
	}{
		{"static to a folder outside", "static", "ROOT/secret", 1},
		{"content to a folder outside", "content", "ROOT/secret", 1},
		{"templates to a folder outside", "templates", "ROOT/secret", 1},
		{"static to a folder inside", "static", "assets", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root, dir := nestedSite(t)
			secret := filepath.Join(root, "secret")
			os.Mkdir(secret, 0o755)
			os.WriteFile(filepath.Join(secret, "id_rsa"), []byte("key"), 0o600)
			target := strings.ReplaceAll(c.target, "ROOT", root)
			if !filepath.IsAbs(target) {
				if err := os.Rename(filepath.Join(dir, c.folder), filepath.Join(dir, target)); err != nil {
					t.Fatal(err)
				}
			} else if err := os.RemoveAll(filepath.Join(dir, c.folder)); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(target, filepath.Join(dir, c.folder)); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "public")
			var stdout, stderr bytes.Buffer
			code := run([]string{"build", "--site", dir, "--out", out}, &stdout, &stderr)
			t.Logf("user sees: %s", strings.ReplaceAll(stderr.String(), root, "ROOT"))
			if code != c.code {
				t.Fatalf("exit %d, want %d: %s", code, c.code, stderr.String())
			}
			if code != 0 {
				if !strings.Contains(stderr.String(), c.folder+"/ is a symbolic link to "+secret) {
					t.Errorf("unclear message: %s", stderr.String())
				}
				if _, err := os.Stat(out); err == nil {
					t.Error("an output folder was written")
				}
				return
			}
			if _, err := os.Stat(filepath.Join(out, "css", "site.css")); err != nil {
				t.Errorf("static/ through a link inside the site was not copied: %v", err)
			}
		})
	}
}

// TestLeftoverIsAWarning builds over an old output that cannot be removed
// whole, as when another user owns some of its files: the new site is
// swapped in, so the build succeeds (exit 0) and warns about what is left.
func TestLeftoverIsAWarning(t *testing.T) {
	dir := siteCopy(t)
	out := filepath.Join(dir, "public")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "--site", dir, "--out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("first build: exit %d: %s", code, stderr.String())
	}
	pinned := filepath.Join(out, "theirs", "file")
	os.Mkdir(filepath.Dir(pinned), 0o755)
	os.WriteFile(pinned, []byte("x"), 0o644)
	testfs.Undeletable(t, dir, pinned)
	stderr.Reset()
	code := run([]string{"build", "--site", dir, "--out", out}, &stdout, &stderr)
	t.Logf("user sees: %s", strings.ReplaceAll(stderr.String(), dir, "SITE"))
	if code != 0 {
		t.Fatalf("exit %d after the new site was swapped in, want 0", code)
	}
	if !strings.Contains(stderr.String(), "warning: the new site is in "+out) {
		t.Errorf("no warning about the leftover: %s", stderr.String())
	}
	if _, err := os.Stat(filepath.Join(out, "theirs")); err == nil {
		t.Error("the old output is still in place")
	}
}
