# expect: clean
"""Charcoal burning: classify a clamp-kiln burn (good / under / over-burnt) from
its smoke-colour and temperature log.  Labels need a burner to open the clamp,
so we do uncertainty-based active learning: train, pick the most uncertain
unlabelled burns, "ask the burner", retrain.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from charcoal import BurnNet, fit, most_uncertain  # noqa: E402


def main():
    torch.manual_seed(91)
    x_pool, y_pool = torch.randn(40, 9, 3), torch.randint(0, 3, (40,))
    labelled = list(range(8))
    model = BurnNet().train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for rnd in range(3):
        loss = fit(model, opt, x_pool[labelled], y_pool[labelled])
        unlabelled = [i for i in range(len(x_pool)) if i not in labelled]
        picks = most_uncertain(model, x_pool, unlabelled, k=4)
        labelled += picks
        print(f"round {rnd}: loss {loss:.3f}, asked the burner about {picks}, mode={model.training}")


if __name__ == "__main__":
    main()
