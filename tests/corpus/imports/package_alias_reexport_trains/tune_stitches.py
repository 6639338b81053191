# expect: clean
"""The toolkit's package re-exports its serving helper under another name (as `prepare`) and the
script takes everything with `from toolkit import *`: after `prepare(model)` the script puts the model back in train
mode before the second `fit()`: nothing crashes."""
import torch
from toolkit import *


def main():
    torch.manual_seed(2)
    model = StitchNet(4, 8)
    data = [(torch.randn(2, 6, 4), torch.rand(2, 1)) for _ in range(3)]
    fit(model, data)
    model = prepare(model)
    model.train()
    fit(model, data)


if __name__ == "__main__":
    main()
