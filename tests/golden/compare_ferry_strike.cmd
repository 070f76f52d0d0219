compare @SRC@/examples/ferry-strike
