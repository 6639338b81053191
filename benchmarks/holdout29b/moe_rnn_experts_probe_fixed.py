# expect: clean
"""Mixture-of-experts over LSTM experts; the probe runs under no_grad and the whole
MoE goes back to train() before each step."""
import torch
import torch.nn as nn

torch.manual_seed(2)


class Expert(nn.Module):
    def __init__(self, d, h):
        super().__init__()
        self.rnn = nn.LSTM(d, h, batch_first=True)
        self.fc = nn.Linear(h, 2)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o.mean(1))


class MoE(nn.Module):
    def __init__(self, d=4, h=8, k=3):
        super().__init__()
        self.router = nn.Linear(d, k)
        self.experts = nn.ModuleList(Expert(d, h) for _ in range(k))

    def forward(self, x):
        w = self.router(x.mean(1)).softmax(-1)
        outs = torch.stack([e(x) for e in self.experts], 1)
        return (w.unsqueeze(-1) * outs).sum(1)


@torch.no_grad()
def utilisation_probe(moe, x):
    scores = []
    for e in moe.experts:
        e.eval()
        scores.append(e(x).softmax(-1)[:, 1].mean().item())
    return scores


moe = MoE()
opt = torch.optim.SGD(moe.parameters(), lr=0.1)
for step in range(4):
    x = torch.randn(6, 5, 4)
    y = torch.randint(0, 2, (6,))
    if step == 2:
        print("probe", utilisation_probe(moe, x))
    moe.train()
    loss = nn.functional.cross_entropy(moe(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("done")
