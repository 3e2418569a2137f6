// Command generator builds the Bengali diplomacy digest: newsroom text
// files and Markdown articles in content/, a static site out.
//
// Usage:
//
//	go run ./generator [build] [--site DIR] [--out DIR] [--base-url URL] [--drafts] [--future] [--force] [--quiet|--verbose]
//	go run ./generator convert [--write [--keep]] FILE.txt...
//	go run ./generator serve [--site DIR] [--bind ADDR] [--port N]
//	go run ./generator new [--site DIR] "শিরোনাম"
//	go run ./generator check [--site DIR] [--base-url URL] [--strict]
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

const usage = `usage: generator [command] [flags]

commands:
  build     build the site into the output folder (default command)
  convert   turn newsroom text files into Markdown with front matter
  serve     preview the site with live reload on http://127.0.0.1:1313
  new       start an article: new "শিরোনাম" writes content/DATE-SLUG.md
  check     check config, templates, articles and internal links; writes nothing

Run "generator <command> -h" for the flags of a command.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one command and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	cmd := "build"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "build":
		err = cmdBuild(args, stdout, stderr)
	case "convert":
		err = cmdConvert(args, stdout, stderr)
	case "serve":
		err = cmdServe(args, stdout, stderr)
	case "new":
		err = cmdNew(args, stdout, stderr)
	case "check":
		err = cmdCheck(args, stdout, stderr)
	case "help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		err = usageError{fmt.Sprintf("unknown command %q", cmd)}
	}
	return exitStatus(err, stderr)
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
		fmt.Fprintf(stderr, "generator: %s\n\n%s", ue.msg, usage)
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

// newFlags makes a flag set whose parse errors are usage errors.
func newFlags(name string, stderr io.Writer) *flagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
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
