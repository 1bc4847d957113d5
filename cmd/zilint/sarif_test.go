package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/zilint/zilint/internal/driver"
)

// TestVulnerableAppSARIF validates the SARIF log of the real analyzers
// on the vulnerable app against the official schema, and checks that it
// has a result per finding and no secret.
func TestVulnerableAppSARIF(t *testing.T) {
	file := filepath.Join(t.TempDir(), "app.sarif")
	code, stdout, stderr := run(t, vulnerableApp, "", "-sarif", file)
	if code != driver.ExitFindings {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	checkNoSecrets(t, string(data))

	var log struct {
		Runs []struct {
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count([]byte(stdout), []byte("\n")); len(log.Runs) != 1 || len(log.Runs[0].Results) != n {
		t.Errorf("SARIF has %v, want one run with %d results", log.Runs, n)
	}

	schemaFile := filepath.Join("..", "..", "internal", "driver", "testdata", "sarifschema", "sarif-2.1.0-rtm.5.json")
	schemaData, err := os.ReadFile(schemaFile)
	if os.IsNotExist(err) {
		t.Skipf("SARIF schema %s is missing; .ci/run fetches it with npm pack", schemaFile)
	}
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaData))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("file:///sarif.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("file:///sarif.json")
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Errorf("SARIF log of the vulnerable app does not validate: %v", err)
	}
}
