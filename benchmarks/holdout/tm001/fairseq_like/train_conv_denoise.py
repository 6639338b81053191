# expect: clean
# category: unknown_class
import sys

from cli_train import main

if __name__ == "__main__":
    main(sys.argv[1:] or ["--task", "denoising", "--arch", "conv_lm", "--validate-interval-updates", "1"])
