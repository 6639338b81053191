# expect: crash
"""Quantisation-aware fine-tuning (fake-quant on activations) after a calibration pass over held-out data."""
import torch
import torch.nn as nn


class FakeQuant(nn.Module):
    def __init__(self, bits=8):
        super().__init__()
        self.bits = bits
        self.register_buffer("scale", torch.tensor(1.0))
        self.calibrating = False

    def forward(self, x):
        if self.calibrating:
            self.scale = torch.maximum(self.scale * 0, x.detach().abs().max()) / (2 ** (self.bits - 1) - 1)
            return x
        q = torch.clamp(torch.round(x / self.scale), -(2 ** (self.bits - 1)), 2 ** (self.bits - 1) - 1) * self.scale
        return x + (q - x).detach()  # straight-through estimator


class QLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.fq_in = FakeQuant()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.fq_out = FakeQuant()
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.fq_out(self.lstm(self.fq_in(x))[0][:, -1]))


def calibrate(model, batches):
    model.eval()
    for m in model.modules():
        if isinstance(m, FakeQuant):
            m.calibrating = True
    with torch.no_grad():
        for b in batches:
            model(b)
    for m in model.modules():
        if isinstance(m, FakeQuant):
            m.calibrating = False


def qat_finetune(model, x, y, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    for s in range(steps):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    model = QLSTM()
    calibrate(model, [torch.randn(4, 5, 4) for _ in range(3)])
    print("qat loss", qat_finetune(model, torch.randn(4, 5, 4), torch.randint(0, 2, (4,))))
