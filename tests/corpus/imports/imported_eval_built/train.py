# expect: crash
"""The script imports baseline's module-level `tagger`, built as `Tagger().eval()`, and fine-tunes it
without a `train()`: importing baseline ran that eval."""
import torch
import torch.nn.functional as F

from baseline import batch, tagger


def fine_tune(steps=2):
    opt = torch.optim.SGD(tagger.parameters(), lr=0.1)
    for _ in range(steps):
        x, y = batch()
        loss = F.cross_entropy(tagger(x).flatten(0, 1), y.flatten())
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    fine_tune()
