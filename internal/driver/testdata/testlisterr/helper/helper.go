package helper

const key = "BADWORD-in-helper"
