package cyc

const key = "BADWORD-in-cyc"
