# expect: crash
"""Drover: herd GPS tracks -> stray-animal alerts. The batch stream owns the mode:
it validates every few batches and hands the model back for training."""
import torch
from torch import nn


class TrackNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 12, batch_first=True)
        self.head = nn.Linear(12, 1)

    def forward(self, x):
        z, _ = self.lstm(x)
        return self.head(z).mean(1).squeeze(-1)


def stream(model, n=5, every=2, val=None):
    for i in range(n):
        x, y = torch.randn(4, 8, 4), torch.rand(4)
        if val is not None and i and i % every == 0:
            model.eval()
            with torch.no_grad():
                v = nn.functional.mse_loss(model(val[0]), val[1]).item()
            print(f"batch {i}: val {v:.4f}")
            yield x, y
            model.train()
            continue
        yield x, y


def main():
    torch.manual_seed(13)
    model = TrackNet().train()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    val = (torch.randn(4, 8, 4), torch.rand(4))
    for x, y in stream(model, val=val):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("final", round(loss.item(), 4))


if __name__ == "__main__":
    main()
