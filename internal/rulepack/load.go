package rulepack

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"

	"github.com/spf13/viper"
	"github.com/zricethezav/gitleaks/v8/config"
)

// Options says what Load puts beside the pack.
type Options struct {
	// Defaults adds gitleaks' default rules, amended by the pack.
	Defaults bool
	// UserConfig is the path of a user's gitleaks configuration whose
	// rules and allowlists are added on top; "" for none. Its own
	// [extend] is followed as gitleaks follows it.
	UserConfig string
}

// maxExtendDepth is how many [extend] levels gitleaks follows.
const maxExtendDepth = 2

// Load returns the gitleaks configuration of the pack with what opts
// adds. It resolves [extend] itself and hands gitleaks one flat
// configuration, because gitleaks' own extension keeps a package-level
// depth counter that is never reset: in one process its third extended
// load silently has only the top-level rules. A malformed file or an
// invalid regular expression is an error, never a panic.
func Load(opts Options) (config.Config, error) {
	pack, err := parse(Render(), Path)
	if err != nil {
		return config.Config{}, err
	}
	pack.Extend.UseDefault = opts.Defaults
	flat, err := resolve(pack, 0, opts.Defaults)
	if err != nil {
		return config.Config{}, err
	}
	if opts.UserConfig != "" {
		data, err := os.ReadFile(opts.UserConfig)
		if err != nil {
			return config.Config{}, err
		}
		user, err := parse(data, opts.UserConfig)
		if err != nil {
			return config.Config{}, err
		}
		if user, err = resolve(user, 0, opts.Defaults); err != nil {
			return config.Config{}, fmt.Errorf("%s: %w", opts.UserConfig, err)
		}
		merge(&user, flat, nil)
		flat = user
	}
	dropAmendments(&flat)
	return translate(flat)
}

// parse reads one TOML configuration.
func parse(data []byte, name string) (config.ViperConfig, error) {
	v := viper.New()
	v.SetConfigType("toml")
	var vc config.ViperConfig
	if err := v.ReadConfig(bytes.NewReader(data)); err != nil {
		return vc, fmt.Errorf("%s: malformed TOML: %w", name, err)
	}
	if err := v.Unmarshal(&vc); err != nil {
		return vc, fmt.Errorf("%s: %w", name, err)
	}
	normalize(&vc)
	return vc, nil
}

// normalize moves the deprecated single [allowlist] tables into the
// lists, as gitleaks does, so that merging needs only the lists.
func normalize(vc *config.ViperConfig) {
	//nolint:staticcheck // users' configs may still use the v8 [allowlist] table
	if vc.AllowList != nil {
		vc.Allowlists = append(vc.Allowlists, vc.AllowList) //nolint:staticcheck // as above
		vc.AllowList = nil                                  //nolint:staticcheck // as above
	}
	for i := range vc.Rules {
		if r := &vc.Rules[i]; r.AllowList != nil {
			r.Allowlists = append(r.Allowlists, r.AllowList)
			r.AllowList = nil
		}
	}
}

// resolve merges what vc extends into vc and clears its [extend].
func resolve(vc config.ViperConfig, depth int, defaults bool) (config.ViperConfig, error) {
	ext := vc.Extend
	vc.Extend = config.Extend{}
	if depth >= maxExtendDepth {
		return vc, nil
	}
	if ext.Path != "" && ext.UseDefault {
		return vc, errors.New("[extend] sets both path and useDefault")
	}
	var base config.ViperConfig
	switch {
	case ext.UseDefault && defaults:
		var err error
		if base, err = parse([]byte(config.DefaultConfig), "gitleaks default config"); err != nil {
			return vc, err
		}
	case ext.Path != "":
		data, err := os.ReadFile(ext.Path)
		if err != nil {
			return vc, fmt.Errorf("[extend] path: %w", err)
		}
		if base, err = parse(data, ext.Path); err != nil {
			return vc, err
		}
		if base, err = resolve(base, depth+1, defaults); err != nil {
			return vc, fmt.Errorf("%s: %w", ext.Path, err)
		}
	default:
		return vc, nil
	}
	merge(&vc, base, ext.DisabledRules)
	return vc, nil
}

// merge adds the rules and allowlists of base to top. A rule of top with
// the id of a base rule amends it: its non-empty settings win, its tags,
// keywords and allowlists are added.
func merge(top *config.ViperConfig, base config.ViperConfig, disabled []string) {
	index := make(map[string]int, len(top.Rules))
	for i, r := range top.Rules {
		index[r.ID] = i
	}
	for _, br := range base.Rules {
		if slices.Contains(disabled, br.ID) {
			continue
		}
		i, ok := index[br.ID]
		if !ok {
			top.Rules = append(top.Rules, br)
			index[br.ID] = len(top.Rules) - 1
			continue
		}
		tr := top.Rules[i]
		if tr.Description != "" {
			br.Description = tr.Description
		}
		if tr.Entropy != 0 {
			br.Entropy = tr.Entropy
		}
		if tr.SecretGroup != 0 {
			br.SecretGroup = tr.SecretGroup
		}
		if tr.Regex != "" {
			br.Regex = tr.Regex
		}
		if tr.Path != "" {
			br.Path = tr.Path
		}
		br.Tags = append(slices.Clip(br.Tags), tr.Tags...)
		br.Keywords = append(slices.Clip(br.Keywords), tr.Keywords...)
		br.Allowlists = append(slices.Clip(br.Allowlists), tr.Allowlists...)
		br.Required = append(slices.Clip(br.Required), tr.Required...)
		br.SkipReport = br.SkipReport || tr.SkipReport
		top.Rules[i] = br
	}
	top.Allowlists = append(top.Allowlists, base.Allowlists...)
}

// dropAmendments removes rules that only amend a rule which is not
// loaded (the generic rule's allowlist without the defaults).
func dropAmendments(vc *config.ViperConfig) {
	kept := vc.Rules[:0]
	for _, r := range vc.Rules {
		if r.Regex != "" || r.Path != "" {
			kept = append(kept, r)
		}
	}
	vc.Rules = kept
}

// translate compiles the flat configuration. gitleaks panics on an
// invalid regular expression; the panic becomes an error.
func translate(vc config.ViperConfig) (cfg config.Config, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("invalid gitleaks configuration: %v", p)
		}
	}()
	return vc.Translate()
}
