# expect: clean
import os
import sys

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from chimesmith import LeafQualityNet, phase_stream  # noqa: E402


def main():
    torch.manual_seed(8)
    model = LeafQualityNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train = [(torch.randn(4, 10, 4), torch.rand(4)) for _ in range(2)]
    val = [(torch.randn(2, 10, 4), torch.rand(2))]
    val_losses = {}
    for phase, epoch, (x, y) in phase_stream(model, train, val, epochs=3):
        if phase == "train":
            loss = F.binary_cross_entropy_with_logits(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        else:
            with torch.no_grad():
                val_losses[epoch] = F.binary_cross_entropy_with_logits(model(x), y).item()
    print({k: round(v, 4) for k, v in val_losses.items()})


if __name__ == "__main__":
    main()
