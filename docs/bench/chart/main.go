// Command chart summarizes the runs of docs/bench/run.sh: medians per
// generator and corpus size, a Markdown table, and an SVG chart of wall
// time and peak memory against N. The table and chart link replace the
// text between the bench markers of the Markdown file.
//
//	go run ./docs/bench/chart -runs runs.tsv -svg docs/bench/chart.svg -md docs/PERFORMANCE.md
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// result is the medians of one generator at one corpus size.
type result struct {
	wall, cpu, rssMB float64
	runs             int
}

const (
	begin = "<!-- bench:begin -->"
	end   = "<!-- bench:end -->"
)

func main() {
	runs := flag.String("runs", "", "runs.tsv written by run.sh (label, wall s, cpu s, max RSS KB)")
	svg := flag.String("svg", "", "SVG chart to write")
	md := flag.String("md", "", "Markdown file whose bench markers get the table")
	flag.Parse()
	if err := run(*runs, *svg, *md); err != nil {
		fmt.Fprintln(os.Stderr, "chart:", err)
		os.Exit(1)
	}
}

func run(runsPath, svgPath, mdPath string) error {
	f, err := os.Open(runsPath)
	if err != nil {
		return err
	}
	defer f.Close()
	type key struct {
		gen string
		n   int
	}
	samples := map[key][][3]float64{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 4 {
			continue
		}
		gen, ns, _ := strings.Cut(fields[0], " ")
		n, _ := strconv.Atoi(ns)
		var v [3]float64
		for i := range 3 {
			v[i], _ = strconv.ParseFloat(fields[i+1], 64)
		}
		samples[key{gen, n}] = append(samples[key{gen, n}], v)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	res := map[string]map[int]result{}
	var sizes []int
	for k, s := range samples {
		if res[k.gen] == nil {
			res[k.gen] = map[int]result{}
		}
		res[k.gen][k.n] = result{wall: median(s, 0), cpu: median(s, 1), rssMB: median(s, 2) / 1024, runs: len(s)}
		if !slices.Contains(sizes, k.n) {
			sizes = append(sizes, k.n)
		}
	}
	slices.Sort(sizes)
	var present []generator
	for _, g := range generators {
		if res[g.label] != nil {
			present = append(present, g)
		}
	}
	if res["ours"] == nil {
		return fmt.Errorf("%s: no runs of ours", runsPath)
	}
	table := markdownTable(sizes, present, res)
	fmt.Print(table)
	if svgPath != "" {
		if err := os.WriteFile(svgPath, chart(sizes, present, res), 0o644); err != nil {
			return err
		}
	}
	if mdPath == "" {
		return nil
	}
	doc, err := os.ReadFile(mdPath)
	if err != nil {
		return err
	}
	i, j := bytes.Index(doc, []byte(begin)), bytes.Index(doc, []byte(end))
	if i < 0 || j < i {
		return fmt.Errorf("%s: no %s … %s markers", mdPath, begin, end)
	}
	out := slices.Concat(doc[:i+len(begin)], []byte("\n"+table+"\n![Wall time and peak memory against N](bench/chart.svg)\n"), doc[j:])
	return os.WriteFile(mdPath, out, 0o644)
}

func median(s [][3]float64, i int) float64 {
	v := make([]float64, len(s))
	for k := range s {
		v[k] = s[k][i]
	}
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// generator is one line of runs.tsv's labels, as the table and chart name it.
type generator struct{ label, name, color string }

// generators are the labels run.sh writes, in the order they are shown.
var generators = []generator{
	{"ours", "digest generator", "#c0392b"},
	{"hugo", "Hugo", "#2c3e50"},
	{"hugo-norel", "Hugo without related articles", "#7f8c8d"},
}

// markdownTable has one row per size and generator; the ratios compare
// ours with the generator of the row.
func markdownTable(sizes []int, gens []generator, res map[string]map[int]result) string {
	var b strings.Builder
	b.WriteString("| N | generator | wall (s) | CPU (s) | peak RSS (MB) | ours ÷ this, wall | ours ÷ this, RSS | runs |\n")
	b.WriteString("|---:|---|---:|---:|---:|---:|---:|---:|\n")
	for _, n := range sizes {
		o := res["ours"][n]
		for _, g := range gens {
			r, ok := res[g.label][n]
			if !ok {
				continue
			}
			ratios := "| |"
			if g.label != "ours" {
				ratios = fmt.Sprintf("%.2f | %.3f |", o.wall/r.wall, o.rssMB/r.rssMB)
			}
			fmt.Fprintf(&b, "| %d | %s | %.2f | %.2f | %.0f | %s %d |\n", n, g.name, r.wall, r.cpu, r.rssMB, ratios, r.runs)
		}
	}
	return b.String()
}

// chart draws two panels side by side: wall time and peak RSS against N,
// one line per generator, on logarithmic axes: the generators differ by
// orders of magnitude.
func chart(sizes []int, gens []generator, res map[string]map[int]result) []byte {
	const w, h, pw, ph, left, top = 900, 380, 340, 260, 70, 50
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n", w, h)
	b.WriteString(`<rect width="100%" height="100%" fill="white"/>` + "\n")
	maxN := float64(sizes[len(sizes)-1])
	panels := []struct {
		title string
		unit  string
		value func(result) float64
	}{
		{"Wall time, median of cold builds (log scale)", "s", func(r result) float64 { return r.wall }},
		{"Peak RSS, median (log scale)", "MB", func(r result) float64 { return r.rssMB }},
	}
	for pi, p := range panels {
		x0 := float64(left + pi*(pw+110))
		y0 := float64(top + ph)
		lo, hi := math.Inf(1), 0.0
		for _, g := range gens {
			for _, r := range res[g.label] {
				lo, hi = min(lo, p.value(r)), max(hi, p.value(r))
			}
		}
		lo, hi = math.Floor(math.Log10(lo)), math.Ceil(math.Log10(hi))
		if hi <= lo {
			hi = lo + 1
		}
		yOf := func(v float64) float64 { return y0 - ph*(math.Log10(v)-lo)/(hi-lo) }
		fmt.Fprintf(&b, `<text x="%.0f" y="%d" font-size="14" font-weight="bold">%s</text>`+"\n", x0, top-20, p.title)
		fmt.Fprintf(&b, `<line x1="%.0f" y1="%.0f" x2="%.0f" y2="%.0f" stroke="black"/>`+"\n", x0, y0, x0+pw, y0)
		fmt.Fprintf(&b, `<line x1="%.0f" y1="%.0f" x2="%.0f" y2="%.0f" stroke="black"/>`+"\n", x0, y0, x0, y0-ph)
		for e := lo; e <= hi; e++ {
			v := math.Pow(10, e)
			y := yOf(v)
			fmt.Fprintf(&b, `<line x1="%.0f" y1="%.1f" x2="%.0f" y2="%.1f" stroke="#ddd"/>`+"\n", x0, y, x0+pw, y)
			fmt.Fprintf(&b, `<text x="%.0f" y="%.1f" text-anchor="end">%g %s</text>`+"\n", x0-6, y+4, v, p.unit)
		}
		for _, n := range sizes {
			x := x0 + pw*float64(n)/maxN
			fmt.Fprintf(&b, `<text x="%.1f" y="%.0f" text-anchor="middle">%d</text>`+"\n", x, y0+16, n)
		}
		fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" text-anchor="middle">articles (N)</text>`+"\n", x0+pw/2, y0+34)
		for _, g := range gens {
			var pts []string
			for _, n := range sizes {
				r, ok := res[g.label][n]
				if !ok {
					continue
				}
				x := x0 + pw*float64(n)/maxN
				y := yOf(p.value(r))
				pts = append(pts, fmt.Sprintf("%.1f,%.1f", x, y))
				fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="3.5" fill="%s"/>`+"\n", x, y, g.color)
			}
			fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="%s" stroke-width="2"/>`+"\n", strings.Join(pts, " "), g.color)
		}
	}
	x := left
	for _, g := range gens {
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="12" height="12" fill="%s"/><text x="%d" y="%d">%s</text>`+"\n", x, h-24, g.color, x+18, h-14, g.name)
		x += 40 + 7*utf8.RuneCountInString(g.name)
	}
	b.WriteString("</svg>\n")
	return b.Bytes()
}
