"""torchmode: find PyTorch train/eval-mode bugs that crash cuDNN RNN backward on a GPU."""

__version__ = "0.1.0"
