# expect: crash
"""Rebuilt shape of UrbComp/DeepTTE#6 (own tiny code): travel-time estimation
over GPS trajectories, trained file by file; after each epoch one file is
evaluated, and the second epoch fails because the model stays in eval mode.
"""
import torch
import torch.nn as nn

torch.manual_seed(18)


class TravelTimeNet(nn.Module):
    def __init__(self, hid=8):
        super().__init__()
        self.geo = nn.Conv1d(2, 8, 3, padding=1)
        self.lstm = nn.LSTM(8 + 1, hid, batch_first=True, num_layers=2)
        self.attn = nn.Linear(hid, 1)
        self.out = nn.Linear(hid, 1)

    def forward(self, gps, dist):
        g = torch.relu(self.geo(gps.transpose(1, 2))).transpose(1, 2)
        h, _ = self.lstm(torch.cat([g, dist.unsqueeze(-1)], -1))
        w = self.attn(h).softmax(1)
        return self.out((w * h).sum(1)).squeeze(-1)


def mape(pred, y):
    return ((pred - y).abs() / y.abs().clamp(min=1e-3)).mean()


def load_file(name):
    g = torch.Generator().manual_seed(sum(map(ord, name)))
    return [(torch.randn(3, 6, 2, generator=g), torch.rand(3, 6, generator=g), torch.rand(3, generator=g) + 0.5)
            for _ in range(2)]


def train(model, opt, files):
    for name in files:
        running = 0.0
        for gps, dist, tt in load_file(name):
            loss = mape(model(gps, dist), tt)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            running += loss.item()
        print(f"  train on {name}: {running / 2:.3f}")


def evaluate(model, name):
    model.eval()
    with torch.no_grad():
        losses = [mape(model(g, d), t).item() for g, d, t in load_file(name)]
    print(f"  evaluate on {name}: {sum(losses) / len(losses):.3f}")


def run():
    model = TravelTimeNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    for epoch in range(2):
        print("epoch", epoch)
        train(model, opt, ["train_00", "train_01"])
        evaluate(model, "train_04")


if __name__ == "__main__":
    run()
