# expect: crash
"""Bonsai watering schedule: forecast soil moisture from sensor sequences.

Batches come from a generator that owns the mode: before each yield it puts the
model in the mode that the phase of the batch asks for. The last phase is a
"probe" phase whose batches are meant for a dry-run, but the loop below also
fine-tunes on them.
"""
import torch
import torch.nn as nn

torch.manual_seed(1)

PHASES = [("fit", 3), ("check", 1), ("probe", 2)]


class MoistureLSTM(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=1, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, seq):
        out, (h, c) = self.lstm(seq)
        return self.out(h[-1]).squeeze(-1)


def sensor_batches(model, phases):
    for phase, n in phases:
        if phase == "fit":
            model.train()
        else:
            model.eval()
        for _ in range(n):
            x = torch.randn(5, 8, 3)
            y = x[:, -3:, 1].mean(1)
            yield phase, x, y


def run():
    model = MoistureLSTM()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    history = {}
    for phase, x, y in sensor_batches(model, PHASES):
        pred = model(x)
        loss = nn.functional.smooth_l1_loss(pred, y)
        history.setdefault(phase, []).append(loss.item())
        if phase == "check":
            continue
        # both "fit" and "probe" batches update the pots' model
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    for k, v in history.items():
        print(k, sum(v) / len(v))


if __name__ == "__main__":
    run()
