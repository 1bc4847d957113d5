package p

const key = "BADWORD-in-p"
