# expect: clean
"""Signal-box lever timings: one generator interleaves training batches and periodic validation."""
import torch
from torch import nn


class LeverNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def stream(model, train_batches, val_batches, val_every):
    """Yield ("train", batch) and ("val", batch) items, setting the model's mode before each item."""
    for i, batch in enumerate(train_batches, 1):
        model.train()
        yield "train", batch
        if i % val_every == 0:
            model.eval()
            for vb in val_batches:
                yield "val", vb


def make(n):
    out = []
    for _ in range(n):
        x = torch.rand(4, 12, 2)
        out.append((x, x[:, :, 1].max(1, keepdim=True).values))
    return out


if __name__ == "__main__":
    torch.manual_seed(10)
    model = LeverNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    val_losses = []
    for kind, (x, y) in stream(model, make(6), make(2), val_every=2):
        if kind == "val":
            with torch.no_grad():
                val_losses.append(nn.functional.mse_loss(model(x), y).item())
            continue
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("val", val_losses)
