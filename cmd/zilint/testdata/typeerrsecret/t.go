package typeerrsecret

// The type checker quotes the literal it rejects; zilint must not print it.
var apiKey int = "tWq2aZEkJXUvpqd4XYtYMLgcSChfAVEea52b"
