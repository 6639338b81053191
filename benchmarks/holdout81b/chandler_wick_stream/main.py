# expect: clean
"""Chandler wick-burn forecaster: a batch generator owns the mode and switches it between yields."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "src"))

import torch  # noqa: E402
from wick import BurnRNN, phased_batches, consume  # noqa: E402

if __name__ == "__main__":
    torch.manual_seed(9)
    model = BurnRNN()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    log = consume(model, opt, phased_batches(model, epochs=2, n_train=3, n_val=2))
    print(log)
