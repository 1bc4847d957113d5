//go:build zitag

package tags

const tagged = "BADWORD tagged"
