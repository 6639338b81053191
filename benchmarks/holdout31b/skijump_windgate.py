# expect: clean
"""Ski-jump wind-gate compensation: predict the gate points a jumper is owed from
anemometer traces along the in-run. Validation is interleaved with training through
`evaluate`, which restores the mode the caller had.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)

N_ANEMO = 5
STEPS = 10
HIDDEN = 12


class GateNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(N_ANEMO, HIDDEN, num_layers=2, batch_first=True)
        self.out = nn.Sequential(nn.Linear(HIDDEN, 8), nn.ReLU(), nn.Linear(8, 1))

    def forward(self, wind):
        seq, (h, c) = self.rnn(wind)
        return self.out(h[-1]).squeeze(-1)


def synth(batch):
    wind = torch.randn(batch, STEPS, N_ANEMO)
    head_tail = wind[..., :2].mean(dim=(1, 2))
    return wind, 4.0 * head_tail + 0.1 * torch.randn(batch)


def evaluate(model, batches):
    was_training = model.training
    model.eval()
    total = 0.0
    with torch.no_grad():
        for wind, pts in batches:
            total += F.smooth_l1_loss(model(wind), pts).item()
    model.train(was_training)
    return total / len(batches)


def fit(model, epochs=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    val = [synth(4) for _ in range(2)]
    model.train()
    for ep in range(epochs):
        for step in range(4):
            wind, pts = synth(6)
            loss = F.smooth_l1_loss(model(wind), pts)
            opt.zero_grad()
            loss.backward()
            opt.step()
            if step % 2 == 1:
                print(f"ep{ep} step{step} loss={loss.item():.3f} val={evaluate(model, val):.3f}")
    return model


if __name__ == "__main__":
    fit(GateNet())
