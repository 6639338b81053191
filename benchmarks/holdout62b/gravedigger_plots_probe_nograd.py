# expect: clean
"""Churchyard plot-occupancy forecaster. A batch generator owns the mode: every third batch is a
'probe' batch served in eval mode; probe batches are only scored, never trained on."""
import random
import torch
import torch.nn as nn

torch.manual_seed(1)
random.seed(1)


class PlotGRU(nn.Module):
    def __init__(self, n_feat=4, hidden=12):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.drop = nn.Dropout(0.2)
        self.gru = nn.GRU(hidden, hidden, num_layers=1, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(self.drop(torch.relu(self.inp(x))))
        return self.out(h[:, -1]).squeeze(-1)


def batch_stream(model, n_batches, probe_every=3):
    for i in range(n_batches):
        x = torch.randn(4, 7, 4)
        y = x[:, :, 0].mean(1)
        if i % probe_every == probe_every - 1:
            model.eval()
            yield "probe", x, y
            model.train()
        else:
            yield "train", x, y


def run(epochs=2):
    model = PlotGRU()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    history = {"train": [], "probe": []}
    for _ in range(epochs):
        model.train()
        for kind, x, y in batch_stream(model, 6):
            with torch.set_grad_enabled(kind == "train"):
                loss = nn.functional.mse_loss(model(x), y)
            history[kind].append(loss.item())
            if loss.requires_grad:
                opt.zero_grad()
                loss.backward()
                opt.step()
    return {k: sum(v) / len(v) for k, v in history.items()}


if __name__ == "__main__":
    print(run())
