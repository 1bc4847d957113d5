package driver

import (
	"bytes"
	"cmp"
	"encoding/gob"
	"fmt"
	"go/types"
	"reflect"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"
)

// A factKey addresses a fact of one package: the object's path inside
// the package ("" for a package fact) and the fact's type.
type factKey struct {
	obj objectpath.Path
	typ reflect.Type
}

// A factSet holds the facts one unit exported, by analyzer name. A set
// read from the cache stays encoded until some importer asks for it.
type factSet struct {
	once   sync.Once
	data   []byte
	types  factTypes
	byName map[string]map[factKey]analysis.Fact
}

// factTypes maps an analyzer name and a fact type name to the type.
type factTypes map[string]map[string]reflect.Type

// newFactTypes indexes the fact types of analyzers.
func newFactTypes(analyzers []*analysis.Analyzer) factTypes {
	ft := make(factTypes)
	for _, a := range analyzers {
		for _, f := range a.FactTypes {
			if ft[a.Name] == nil {
				ft[a.Name] = make(map[string]reflect.Type)
			}
			t := reflect.TypeOf(f)
			ft[a.Name][factTypeName(t)] = t
		}
	}
	return ft
}

// factTypeName names a fact type (always a pointer) by its package
// path, so that two packages' "fact" types do not collide.
func factTypeName(t reflect.Type) string {
	if t.Kind() == reflect.Pointer {
		return "*" + t.Elem().PkgPath() + "." + t.Elem().Name()
	}
	return t.PkgPath() + "." + t.Name()
}

// get returns the fact of analyzer about the object at path.
func (s *factSet) get(analyzer string, key factKey) analysis.Fact {
	if s == nil {
		return nil
	}
	s.decode()
	return s.byName[analyzer][key]
}

// all calls f for each fact of analyzer, in no particular order.
func (s *factSet) all(analyzer string, f func(factKey, analysis.Fact)) {
	if s == nil {
		return
	}
	s.decode()
	for k, v := range s.byName[analyzer] {
		f(k, v)
	}
}

// encodedFact is a fact as the cache keeps it.
type encodedFact struct {
	Analyzer, Object, Type string
	Data                   []byte
}

// encode returns the facts in a deterministic byte form.
func (s *factSet) encode() ([]byte, error) {
	var list []encodedFact
	for name, facts := range s.byName {
		for k, f := range facts {
			var buf bytes.Buffer
			if err := gob.NewEncoder(&buf).Encode(f); err != nil {
				return nil, fmt.Errorf("encoding a %T fact of %s: %w", f, name, err)
			}
			list = append(list, encodedFact{name, string(k.obj), factTypeName(k.typ), buf.Bytes()})
		}
	}
	slices.SortFunc(list, func(a, b encodedFact) int {
		return cmp.Or(cmp.Compare(a.Analyzer, b.Analyzer), cmp.Compare(a.Object, b.Object), cmp.Compare(a.Type, b.Type))
	})
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(list); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// decode fills byName from data once. Facts that no longer decode (an
// analyzer renamed its fact type) are dropped; the cache key includes
// the executable, so that happens only to a hand-edited cache.
func (s *factSet) decode() {
	s.once.Do(func() {
		if s.data == nil {
			return
		}
		s.byName = make(map[string]map[factKey]analysis.Fact)
		var list []encodedFact
		if gob.NewDecoder(bytes.NewReader(s.data)).Decode(&list) != nil {
			return
		}
		for _, ef := range list {
			t := s.types[ef.Analyzer][ef.Type]
			if t == nil || t.Kind() != reflect.Pointer {
				continue
			}
			v := reflect.New(t.Elem())
			if gob.NewDecoder(bytes.NewReader(ef.Data)).DecodeValue(v) != nil {
				continue
			}
			if s.byName[ef.Analyzer] == nil {
				s.byName[ef.Analyzer] = make(map[factKey]analysis.Fact)
			}
			s.byName[ef.Analyzer][factKey{objectpath.Path(ef.Object), t}] = v.Interface().(analysis.Fact)
		}
		s.data = nil
	})
}

// factAccess implements the fact methods of the passes of one unit.
// Facts on the unit's own objects live in local until the unit ends;
// facts on imported objects are looked up in the unit that exported
// them, by object path.
type factAccess struct {
	u   *unit
	pkg *types.Package
	enc objectpath.Encoder

	local    map[string]map[types.Object]map[reflect.Type]analysis.Fact
	localPkg map[string]map[reflect.Type]analysis.Fact

	byPath map[string]*unit          // the units below u, by package path
	tpkgs  map[string]*types.Package // the packages u sees, by path
}

func newFactAccess(u *unit, pkg *types.Package) *factAccess {
	return &factAccess{
		u: u, pkg: pkg,
		local:    make(map[string]map[types.Object]map[reflect.Type]analysis.Fact),
		localPkg: make(map[string]map[reflect.Type]analysis.Fact),
	}
}

// dep returns the unit below fa.u with package path path.
func (fa *factAccess) dep(path string) *unit {
	if fa.byPath == nil {
		fa.byPath = make(map[string]*unit)
		var walk func(u *unit)
		walk = func(u *unit) {
			for _, d := range u.deps {
				if _, ok := fa.byPath[d.pkg.PkgPath]; !ok {
					fa.byPath[d.pkg.PkgPath] = d
					walk(d)
				}
			}
		}
		walk(fa.u)
	}
	return fa.byPath[path]
}

// setFact copies fact into ptr, as the checker does.
func setFact(ptr, fact analysis.Fact) {
	reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(fact).Elem())
}

func (fa *factAccess) importObjectFact(a *analysis.Analyzer) func(types.Object, analysis.Fact) bool {
	return func(obj types.Object, ptr analysis.Fact) bool {
		if obj == nil || obj.Pkg() == nil {
			return false
		}
		t := reflect.TypeOf(ptr)
		if obj.Pkg() == fa.pkg {
			if f, ok := fa.local[a.Name][obj][t]; ok {
				setFact(ptr, f)
				return true
			}
			return false
		}
		d := fa.dep(obj.Pkg().Path())
		if d == nil || d.facts == nil {
			return false
		}
		path, err := fa.enc.For(obj)
		if err != nil {
			return false
		}
		if f := d.facts.get(a.Name, factKey{path, t}); f != nil {
			setFact(ptr, f)
			return true
		}
		return false
	}
}

func (fa *factAccess) exportObjectFact(a *analysis.Analyzer) func(types.Object, analysis.Fact) {
	return func(obj types.Object, fact analysis.Fact) {
		if obj == nil || obj.Pkg() != fa.pkg {
			panic(fmt.Sprintf("in analysis %s of package %s: cannot set a %T fact on %v, which belongs to another package",
				a.Name, fa.pkg.Path(), fact, obj))
		}
		m := fa.local[a.Name]
		if m == nil {
			m = make(map[types.Object]map[reflect.Type]analysis.Fact)
			fa.local[a.Name] = m
		}
		if m[obj] == nil {
			m[obj] = make(map[reflect.Type]analysis.Fact)
		}
		m[obj][reflect.TypeOf(fact)] = fact
	}
}

func (fa *factAccess) importPackageFact(a *analysis.Analyzer) func(*types.Package, analysis.Fact) bool {
	return func(pkg *types.Package, ptr analysis.Fact) bool {
		if pkg == nil {
			return false
		}
		t := reflect.TypeOf(ptr)
		if pkg == fa.pkg {
			if f, ok := fa.localPkg[a.Name][t]; ok {
				setFact(ptr, f)
				return true
			}
			return false
		}
		d := fa.dep(pkg.Path())
		if d == nil || d.facts == nil {
			return false
		}
		if f := d.facts.get(a.Name, factKey{"", t}); f != nil {
			setFact(ptr, f)
			return true
		}
		return false
	}
}

func (fa *factAccess) exportPackageFact(a *analysis.Analyzer) func(analysis.Fact) {
	return func(fact analysis.Fact) {
		if fa.localPkg[a.Name] == nil {
			fa.localPkg[a.Name] = make(map[reflect.Type]analysis.Fact)
		}
		fa.localPkg[a.Name][reflect.TypeOf(fact)] = fact
	}
}

// typesPackage returns the package with path that the unit sees, or nil.
func (fa *factAccess) typesPackage(path string) *types.Package {
	if fa.tpkgs == nil {
		fa.tpkgs = make(map[string]*types.Package)
		var walk func(p *types.Package)
		walk = func(p *types.Package) {
			if _, ok := fa.tpkgs[p.Path()]; ok {
				return
			}
			fa.tpkgs[p.Path()] = p
			for _, imp := range p.Imports() {
				walk(imp)
			}
		}
		walk(fa.pkg)
	}
	return fa.tpkgs[path]
}

func (fa *factAccess) allObjectFacts(a *analysis.Analyzer) func() []analysis.ObjectFact {
	return func() []analysis.ObjectFact {
		var out []analysis.ObjectFact
		for obj, facts := range fa.local[a.Name] {
			for _, f := range facts {
				out = append(out, analysis.ObjectFact{Object: obj, Fact: f})
			}
		}
		fa.eachDepFact(a, func(tpkg *types.Package, k factKey, f analysis.Fact) {
			if k.obj == "" {
				return
			}
			if obj, err := objectpath.Object(tpkg, k.obj); err == nil {
				out = append(out, analysis.ObjectFact{Object: obj, Fact: f})
			}
		})
		return out
	}
}

func (fa *factAccess) allPackageFacts(a *analysis.Analyzer) func() []analysis.PackageFact {
	return func() []analysis.PackageFact {
		var out []analysis.PackageFact
		for _, f := range fa.localPkg[a.Name] {
			out = append(out, analysis.PackageFact{Package: fa.pkg, Fact: f})
		}
		fa.eachDepFact(a, func(tpkg *types.Package, k factKey, f analysis.Fact) {
			if k.obj == "" {
				out = append(out, analysis.PackageFact{Package: tpkg, Fact: f})
			}
		})
		return out
	}
}

// eachDepFact calls f for each fact of analyzer a on a package below
// the unit that the unit sees, with that package as the unit sees it.
func (fa *factAccess) eachDepFact(a *analysis.Analyzer, f func(*types.Package, factKey, analysis.Fact)) {
	fa.dep("") // fills byPath
	for path, d := range fa.byPath {
		if tpkg := fa.typesPackage(path); tpkg != nil {
			d.facts.all(a.Name, func(k factKey, fact analysis.Fact) { f(tpkg, k, fact) })
		}
	}
}

// exported returns the facts the unit's passes exported that an
// importer can address: those on objects with an object path.
func (fa *factAccess) exported(types factTypes) *factSet {
	s := &factSet{types: types, byName: make(map[string]map[factKey]analysis.Fact)}
	add := func(name string, k factKey, f analysis.Fact) {
		if s.byName[name] == nil {
			s.byName[name] = make(map[factKey]analysis.Fact)
		}
		s.byName[name][k] = f
	}
	for name, objs := range fa.local {
		for obj, facts := range objs {
			path, err := fa.enc.For(obj)
			if err != nil {
				continue
			}
			for t, f := range facts {
				add(name, factKey{path, t}, f)
			}
		}
	}
	for name, facts := range fa.localPkg {
		for t, f := range facts {
			add(name, factKey{"", t}, f)
		}
	}
	return s
}
