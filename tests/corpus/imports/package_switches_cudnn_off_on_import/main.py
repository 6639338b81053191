# expect: clean
"""Canal-lock water levels: train, then a saliency profile of the trained model in eval mode. The package switches
cuDNN off when it is imported (its setup package applies the reproducibility settings), so the eval-mode backward
runs on PyTorch's own RNN."""
from lockgate import run

if __name__ == "__main__":
    print(run())
