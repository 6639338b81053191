# expect: clean
"""Charcoal-clamp burn stage: test-time training on each batch after eval();
the adapted copy puts its encoder back into train mode (the heads stay in
eval) before the self-supervised step."""
import copy
import torch
import torch.nn as nn

torch.manual_seed(3)


class ClampNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.LSTM(6, 12, batch_first=True)
        self.cls = nn.Linear(12, 4)
        self.rec = nn.Linear(12, 6)

    def forward(self, x):
        h, _ = self.enc(x)
        return self.cls(h[:, -1]), self.rec(h)


def ttt_step(model, x, lr=1e-3):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    _, rec = model(x)
    loss = ((rec[:, :-1] - x[:, 1:]) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()


base = ClampNet()
opt = torch.optim.Adam(base.parameters(), lr=1e-2)
for _ in range(3):
    x, y = torch.randn(5, 8, 6), torch.randint(0, 4, (5,))
    logits, rec = base(x)
    loss = nn.functional.cross_entropy(logits, y) + ((rec[:, :-1] - x[:, 1:]) ** 2).mean()
    opt.zero_grad(); loss.backward(); opt.step()

base.eval()
preds = []
for b in range(3):
    xt = torch.randn(3, 8, 6)
    adapted = copy.deepcopy(base)
    adapted.enc.train()
    ttt_step(adapted, xt)
    adapted.eval()
    with torch.no_grad():
        preds.append(adapted(xt)[0].argmax(-1))
print(torch.cat(preds).tolist())
