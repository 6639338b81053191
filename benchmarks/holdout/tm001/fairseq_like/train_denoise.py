# expect: crash
# category: unknown_class
import sys

from cli_train import main

if __name__ == "__main__":
    main(sys.argv[1:] or ["--task", "denoising", "--arch", "lstm_lm", "--decoder-layers", "1"])  # TM001-here
