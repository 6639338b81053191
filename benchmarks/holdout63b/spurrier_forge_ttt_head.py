# expect: clean
"""Spur-forge temperature traces: a loaded model adapted at test time on each batch (masked reconstruction); only the reconstruction head adapts."""
import copy

import torch
import torch.nn as nn

torch.manual_seed(9)


class ForgeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.LSTM(3, 8, batch_first=True)
        self.recon = nn.Linear(8, 3)
        self.cls = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.enc(x)
        return self.recon(h), self.cls(h[:, -1])


def load_pretrained():
    net = ForgeNet()
    state = copy.deepcopy(net.state_dict())
    model = ForgeNet().eval()
    model.load_state_dict(state)
    return model


def ttt_step(model, x, lr=1e-2):
    for p in model.enc.parameters():
        p.requires_grad_(False)
    opt = torch.optim.SGD(model.recon.parameters(), lr=lr)
    mask = (torch.rand_like(x) > 0.3).float()
    rec, _ = model(x * mask)
    loss = ((rec - x) ** 2 * (1 - mask)).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


base = load_pretrained()
for b in range(3):
    x = torch.randn(4, 6, 3)
    adapted = copy.deepcopy(base)
    l = ttt_step(adapted, x)
    with torch.no_grad():
        pred = adapted(x)[1].argmax(1)
    print(b, round(l, 4), pred.tolist())
