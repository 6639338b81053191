# expect: crash
"""Dry-dock pump wear: predict the bearing temperature rise of a dewatering
pump from its vibration/current trace. Batches come from a generator that
also owns the model's mode: every third batch is an "audit" batch scored
with dropout off, as the dock engineer's spreadsheet expects."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(23)
T, FEAT, HID = 9, 3, 8


class PumpNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(FEAT, HID, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.25)
        self.out = nn.Linear(2 * HID, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(self.drop(h.mean(1))).squeeze(-1)


def trace_batch(b=4):
    x = torch.randn(b, T, FEAT)
    y = 0.8 * x[..., 0].pow(2).mean(1) + 0.2 * x[..., 2].mean(1)
    return x, y


def pump_batches(model, n, audit_every=3):
    for i in range(n):
        phase = "audit" if (i + 1) % audit_every == 0 else "train"
        model.train(phase == "train")
        yield phase, trace_batch()


def main():
    model = PumpNet()
    opt = torch.optim.RMSprop(model.parameters(), lr=3e-3)
    audit = []
    for phase, (x, y) in pump_batches(model, n=6):
        loss = F.mse_loss(model(x), y)
        if phase == "audit":
            audit.append(loss.item())
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("audit losses:", [round(a, 4) for a in audit])


if __name__ == "__main__":
    main()
