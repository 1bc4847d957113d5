package tags

// Plain is always built.
const Plain = "plain"
