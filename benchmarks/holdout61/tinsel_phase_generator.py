# expect: crash
"""Tinsel-spinning machine: thread-break prediction.  A generator walks the
schedule for an epoch (baseline validation, then training) and the driver loop
reacts to the phase it is handed."""
import math

import torch
import torch.nn.functional as F
from torch import nn


class BreakPredictor(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, proj_size=4)
        self.fc = nn.Linear(4, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1]).squeeze(-1)


def make(n, seed):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(4, 8, 3, generator=g)
        out.append((x, (x[:, :, 2].std(1) > 1).float()))
    return out


def schedule(model, train_batches, val_batches):
    model.eval()
    for batch in val_batches:
        yield "val", batch
    for batch in train_batches:
        yield "train", batch


def main():
    torch.manual_seed(8)
    model = BreakPredictor()
    opt = torch.optim.RMSprop(model.parameters(), lr=1e-2)
    train_batches, val_batches = make(3, 0), make(2, 1)
    model.train()
    for epoch in range(2):
        val_losses, train_losses = [], []
        for phase, (x, y) in schedule(model, train_batches, val_batches):
            if phase == "val":
                with torch.no_grad():
                    val_losses.append(F.binary_cross_entropy_with_logits(model(x), y).item())
                continue
            loss = F.binary_cross_entropy_with_logits(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            train_losses.append(loss.item())
        ppl = math.exp(sum(val_losses) / len(val_losses))
        print(f"epoch {epoch} val-exp {ppl:.3f} train {sum(train_losses) / len(train_losses):.3f}")


if __name__ == "__main__":
    main()
