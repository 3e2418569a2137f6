// Command generator builds the Bengali diplomacy digest: newsroom text
// files and Markdown articles in content/, a static site out.
//
// Usage:
//
//	go run ./generator [build] [--site DIR] [--out DIR] [--cache DIR] [--base-url URL] [--drafts] [--future] [--force] [--quiet|--verbose]
//	go run ./generator convert [--write [--keep]] FILE.txt...
//	go run ./generator serve [--site DIR] [--bind ADDR] [--port N]
//	go run ./generator new [--site DIR] "শিরোনাম"
//	go run ./generator check [--site DIR] [--base-url URL] [--strict]
//	go run ./generator help [COMMAND]
//
// Exit status: 0 on success, 1 on a content or config error, 2 on wrong
// usage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sarakhon/digest/generator/diag"
)

// usageError is wrong usage of the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// commands are the subcommands, in the order help lists them. line is
// the one line of the overview; about is the detail of help COMMAND,
// above the command's flags.
var commands = []struct{ name, args, line, about string }{
	{"build", "[flags]", "build the site into the output folder (default command)",
		"Reads site.yaml, content/, templates/ and static/ and writes the site to the\n" +
			"output folder (output: in site.yaml, public/ by default). The site is built\n" +
			"beside it and swapped in only when the whole build succeeded, so a failed\n" +
			"build leaves the previous site as it was. Drafts and articles dated in the\n" +
			"future are left out unless --drafts or --future."},
	{"serve", "[flags]", "preview the site at http://127.0.0.1:1313/, rebuilt on every save",
		"Builds the site into memory, drafts and future articles included, and serves\n" +
			"it under the production base path. Saving a file in content/, templates/,\n" +
			"static/ or site.yaml rebuilds it and reloads open pages; a mistake is shown\n" +
			"in the terminal and in a box at the bottom of every page. Writes nothing."},
	{"new", `[flags] "শিরোনাম"`, `start an article: content/DATE-SLUG.md, a draft`,
		"Writes content/YYYY-MM-DD-<slug>.md (today in the site's time zone) with\n" +
			"the front matter filled in and draft: true, and prints its path. The\n" +
			"preview shows it; set draft: false when it is ready to publish. Never\n" +
			"overwrites a file."},
	{"check", "[flags]", "check config, templates, articles and internal links; writes nothing",
		"Builds the whole site in memory, drafts and future articles included, and\n" +
			"checks every internal link of every page. Prints every problem with its\n" +
			"file and line and exits 1, or prints ok."},
	{"convert", "[flags] FILE.txt...", "turn newsroom text files into Markdown with front matter",
		"Prints each newsroom text file as Markdown with front matter, or with\n" +
			"--write writes FILE.md beside it, reads it back to verify it, and removes\n" +
			"the .txt."},
}

// usage is the overview that -h and help print.
func usage() string {
	var b strings.Builder
	b.WriteString("usage: generator [command] [flags]\n\ncommands:\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "  %-9s %s\n", c.name, c.line)
	}
	b.WriteString("  help      this list; help COMMAND explains one command and its flags\n\n" +
		"With no command, generator builds the site.\n")
	return b.String()
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one command and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	cmd := "build"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	} else if len(args) > 0 && isHelpFlag(args[0]) {
		cmd, args = "help", args[1:]
	}
	if cmd == "help" {
		return help(args, stdout)
	}
	if f := runner(cmd); f != nil {
		stop := startProfiles(stderr)
		err := f(args, stdout, stderr)
		stop()
		return exitStatus(err, stderr)
	}
	return exitStatus(usageError{fmt.Sprintf("unknown command %q", cmd)}, stderr)
}

// runner returns the function of a command in commands, or nil.
func runner(name string) func(args []string, stdout, stderr io.Writer) error {
	switch name {
	case "build":
		return cmdBuild
	case "serve":
		return cmdServe
	case "new":
		return cmdNew
	case "check":
		return cmdCheck
	case "convert":
		return cmdConvert
	}
	return nil
}

// isHelpFlag reports whether arg asks for help.
func isHelpFlag(arg string) bool {
	return arg == "-h" || arg == "-help" || arg == "--help"
}

// help prints the overview, or with a command's name, that command's
// detail and flags (what "generator COMMAND -h" prints).
func help(args []string, stdout io.Writer) int {
	if len(args) == 0 || isHelpFlag(args[0]) {
		fmt.Fprint(stdout, usage())
		return 0
	}
	if f := runner(args[0]); f != nil {
		f([]string{"-h"}, stdout, stdout)
		return 0
	}
	fmt.Fprintf(stdout, "generator: no command %q\n\n%s", args[0], usage())
	return 2
}

func exitStatus(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "generator: %s\n\n%s", ue.msg, usage())
		return 2
	}
	printErrors(stderr, err)
	return 1
}

// printErrors prints each joined error on its own line.
func printErrors(w io.Writer, err error) {
	for _, e := range diag.Leaves(err) {
		fmt.Fprintln(w, e)
	}
}

// newFlags makes a flag set whose parse errors are usage errors and
// whose -h prints the command's detail from commands, then its flags.
func newFlags(name string, stderr io.Writer) *flagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		for _, c := range commands {
			if c.name == name {
				fmt.Fprintf(fs.Output(), "usage: generator %s %s\n\n%s\n\nflags:\n", c.name, c.args, c.about)
			}
		}
		fs.PrintDefaults()
	}
	return &flagSet{fs}
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}

// flagSet wraps flag.FlagSet so commands can share flag groups.
type flagSet struct{ *flag.FlagSet }
