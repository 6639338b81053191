# expect: clean
"""Click-through-rate prediction with a GRU interest extractor over the user's
behaviour sequence (DIEN-like, without the auxiliary loss)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from ctrlab import InterestNet, fit, make_batches  # noqa: E402


def main():
    torch.manual_seed(5)
    model = InterestNet(n_items=40, n_cates=6, hidden=8)
    train = make_batches(n_batches=3, batch=8, seq=6, n_items=40, n_cates=6, seed=0)
    valid = make_batches(n_batches=1, batch=8, seq=6, n_items=40, n_cates=6, seed=1)
    report = fit(model, train, valid, epochs=3, lr=1e-2)
    for row in report:
        print(row)


if __name__ == "__main__":
    main()
