package suppress

//zilint:ignore badword fixture value, not a real key
const a = "BADWORD-1"

const b = "BADWORD-2" //zilint:ignore badword,rival same-line directive

const c = "BADWORD-3"

//zilint:ignore badword
const d = "BADWORD-4"

//zilint:ignore nosuch,badword reason given
const e = "BADWORD-5"

//zilint:ignore badword nothing here to suppress
const f = "clean"

//zilint:ignore badword two lines above is too far

const g = "BADWORD-7"

//zilint:ignoreme is not a directive
const h = "clean"
