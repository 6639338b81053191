# expect: clean
# category: unknown_class
import sys

from cli_train import main

if __name__ == "__main__":
    main(sys.argv[1:] or ["--task", "language_modeling", "--arch", "lstm_lm", "--validate-interval-updates", "1"])
