# expect: crash
"""Fellmonger: grade sheepskin fleeces from a scanner's fibre-diameter profile."""
import torch
from torch import nn

from fellmonger.stream import fleece_stream


class FleeceGrader(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(5, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 3)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.cls(h[-1])


if __name__ == "__main__":
    torch.manual_seed(13)
    model = FleeceGrader()
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    for kind, (x, y) in fleece_stream(model):
        if kind == "train":
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
        else:
            with torch.no_grad():
                acc = (model(x).argmax(1) == y).float().mean().item()
            print(f"val acc {acc:.2f} after loss {loss.item():.4f}")
