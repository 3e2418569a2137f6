package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
)

// Profiling a real build (output folder, spill file, swap) is what the
// in-memory benchmarks cannot show, so the command reads two variables
// for developers: DIGEST_CPUPROFILE=FILE writes a CPU profile of the
// whole command, DIGEST_MEMPROFILE=FILE the allocations at its end, both
// for `go tool pprof`. See docs/PERFORMANCE.md.
const (
	cpuProfileEnv = "DIGEST_CPUPROFILE"
	memProfileEnv = "DIGEST_MEMPROFILE"
)

// startProfiles starts what the environment asks for and returns the
// function that writes the profiles; problems are printed to stderr and
// never change the command's outcome.
func startProfiles(stderr io.Writer) (stop func()) {
	var stops []func()
	if name := os.Getenv(cpuProfileEnv); name != "" {
		f, err := os.Create(name)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(stderr, "generator: %s: %v\n", cpuProfileEnv, err)
		} else {
			stops = append(stops, func() { pprof.StopCPUProfile(); f.Close() })
		}
	}
	if name := os.Getenv(memProfileEnv); name != "" {
		runtime.MemProfileRate = 64 << 10
		stops = append(stops, func() {
			f, err := os.Create(name)
			if err == nil {
				err = pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
			if err != nil {
				fmt.Fprintf(stderr, "generator: %s: %v\n", memProfileEnv, err)
			}
		})
	}
	return func() {
		for _, s := range stops {
			s()
		}
	}
}
