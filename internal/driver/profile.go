package driver

import (
	"errors"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfiles starts a CPU profile into cpu unless it is "" and
// returns the function that stops it and writes a heap profile into mem
// unless that is "". Either file is created at once, so that a bad path
// fails the run before any work.
func startProfiles(cpu, mem string) (stop func() error, err error) {
	var cpuFile, memFile *os.File
	if cpu != "" {
		if cpuFile, err = os.Create(cpu); err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(cpuFile); err != nil {
			_ = cpuFile.Close()
			return nil, err
		}
	}
	if mem != "" {
		if memFile, err = os.Create(mem); err != nil {
			if cpuFile != nil {
				pprof.StopCPUProfile()
				_ = cpuFile.Close()
			}
			return nil, err
		}
	}
	return func() error {
		var errs []error
		if cpuFile != nil {
			pprof.StopCPUProfile()
			errs = append(errs, cpuFile.Close())
		}
		if memFile != nil {
			runtime.GC() // the heap as the run left it
			errs = append(errs, pprof.WriteHeapProfile(memFile), memFile.Close())
		}
		return errors.Join(errs...)
	}, nil
}
