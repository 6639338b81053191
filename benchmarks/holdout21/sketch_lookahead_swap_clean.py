# expect: clean
"""Sketch recognition (QuickDraw-like stroke-3 input) with Lookahead slow weights; the swap context restores the mode."""
import contextlib
import torch
import torch.nn as nn

torch.manual_seed(2)
N_CLASSES, HID = 5, 16


class StrokeLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Linear(3, 8)
        self.lstm = nn.LSTM(8, HID, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * HID, N_CLASSES)

    def forward(self, strokes):
        h, _ = self.lstm(torch.relu(self.inp(strokes)))
        return self.cls(h.mean(1))


class Lookahead:
    def __init__(self, opt, k=2, alpha=0.5):
        self.opt, self.k, self.alpha, self.n = opt, k, alpha, 0
        self.slow = [p.detach().clone() for g in opt.param_groups for p in g["params"]]

    def params(self):
        return [p for g in self.opt.param_groups for p in g["params"]]

    def step(self):
        self.opt.step()
        self.n += 1
        if self.n % self.k == 0:
            for s, p in zip(self.slow, self.params()):
                s.add_(self.alpha * (p.detach() - s))
                p.data.copy_(s)

    def zero_grad(self):
        self.opt.zero_grad()

    @contextlib.contextmanager
    def slow_weights(self, model):
        backup = [p.detach().clone() for p in self.params()]
        for s, p in zip(self.slow, self.params()):
            p.data.copy_(s)
        was_training = model.training
        model.eval()
        try:
            yield model
        finally:
            for b, p in zip(backup, self.params()):
                p.data.copy_(b)
            model.train(was_training)


def fake_sketches(b=6, t=9):
    xy = torch.randn(b, t, 2).cumsum(1)
    pen = (torch.rand(b, t, 1) > 0.8).float()
    return torch.cat([xy, pen], -1), torch.randint(0, N_CLASSES, (b,))


model = StrokeLSTM()
la = Lookahead(torch.optim.Adam(model.parameters(), lr=3e-3))
crit = nn.CrossEntropyLoss()
model.train()
for it in range(6):
    x, y = fake_sketches()
    loss = crit(model(x), y)
    la.zero_grad()
    loss.backward()
    la.step()
    if it % 3 == 2:
        with la.slow_weights(model) as m, torch.no_grad():
            xv, yv = fake_sketches()
            acc = (m(xv).argmax(-1) == yv).float().mean().item()
        print(f"iter {it} slow-weight acc {acc:.2f}")
