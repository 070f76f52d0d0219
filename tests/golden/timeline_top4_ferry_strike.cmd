timeline --dates 4 @SRC@/examples/ferry-strike
