// Package bangla holds the pure rules of Bengali text that the rest of the
// generator relies on: Unicode normalization and tag identity, URL slugs
// and heading IDs that keep Bengali letters, grapheme-safe truncation,
// Bengali digits, Gregorian dates with Bengali month and weekday names,
// dates of the Bangla calendar as revised in Bangladesh in 2019, and
// reading time.
//
// Every function that prints a number takes a latin flag: false gives the
// Bengali digits ০–৯ a reader expects on a Bengali page, true keeps the
// ASCII digits 0–9 for a site set to `digits: latin`. Machine formats
// (datetime attributes, feeds) never come from here.
//
// Dates are read in the location of the time.Time they come in: convert
// with t.In(loc) first. Nothing here reads files, loads time zones or
// imports other packages of this module.
package bangla
