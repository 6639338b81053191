# expect: crash
"""The toolkit's package re-exports its serving helper under another name (as `prepare`) and the
script takes everything with `from toolkit import *`: after `prepare(model)` the model is in eval mode, and the
second `fit()` runs its backward through the GRU in eval mode. (A text pre-filter that knew only the helper's own
name skipped the script.)"""
import torch
from toolkit import *


def main():
    torch.manual_seed(2)
    model = StitchNet(4, 8)
    data = [(torch.randn(2, 6, 4), torch.rand(2, 1)) for _ in range(3)]
    fit(model, data)
    model = prepare(model)
    fit(model, data)  # TM001-here


if __name__ == "__main__":
    main()
