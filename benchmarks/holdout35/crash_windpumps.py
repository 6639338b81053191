# expect: crash
"""Windpump fault detection on fen drainage mills.

The recurrent encoder was pretrained on three winters of vane-speed logs and is
kept frozen; only the calibration layer in front and the fault head are tuned
for each new mill.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class FrozenEncoderMixin:
    """Keeps every recurrent layer in eval whatever mode the model is put in."""

    def train(self, mode=True):
        super().train(mode)
        for m in self.modules():
            if isinstance(m, (nn.LSTM, nn.GRU, nn.RNN)):
                m.eval()
                for p in m.parameters():
                    p.requires_grad_(False)
        return self


class MillModel(FrozenEncoderMixin, nn.Module):
    def __init__(self, n_sensors=4, hidden=12, n_faults=3):
        super().__init__()
        self.calibrate = nn.Linear(n_sensors, n_sensors)
        self.encoder = nn.LSTM(n_sensors, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.fault_head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, n_faults))

    def forward(self, x):
        h, _ = self.encoder(self.calibrate(x))
        return self.fault_head(h[:, -1])


def mill_logs(n_batches=4, batch=6, hours=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n_batches):
        yield torch.randn(batch, hours, 4, generator=g), torch.randint(0, 3, (batch,), generator=g)


def tune_for_mill(model, epochs=2):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=2e-3)
    for epoch in range(epochs):
        model.train()
        running = 0.0
        for x, y in mill_logs(seed=epoch):
            opt.zero_grad()
            loss = F.cross_entropy(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
            running += loss.item()
        print(f"epoch {epoch}: {running:.3f}")


@torch.no_grad()
def fault_rate(model):
    model.eval()
    preds = torch.cat([model(x).argmax(-1) for x, _ in mill_logs(2, seed=9)])
    return (preds > 0).float().mean().item()


def main():
    torch.manual_seed(1)
    model = MillModel()
    model.train()
    tune_for_mill(model)
    print("share flagged", fault_rate(model))


if __name__ == "__main__":
    main()
