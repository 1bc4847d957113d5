package lonely

const key = "BADWORD-alone"
