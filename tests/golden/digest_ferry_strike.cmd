digest @SRC@/examples/ferry-strike
