# expect: crash
"""Well-shaft water-level forecaster (wellwright survey). Per-sample gradient norms are
collected with torch.func to flag noisy survey sheets before the main update."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(2)
FEAT, HID, SEQ = 2, 8, 5


class ShaftLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(FEAT, HID, batch_first=True)
        self.reg = nn.Linear(HID, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.reg(h[:, -1]).squeeze(-1)


def sample_loss(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return ((pred - y.unsqueeze(0)) ** 2).mean()


def per_sample_norms(model, xb, yb):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    g_fn = grad(sample_loss)
    norms = []
    for x, y in zip(xb, yb):
        g = g_fn(params, buffers, model, x, y)  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
    return torch.stack(norms)


def main():
    model = ShaftLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    xb, yb = torch.randn(6, SEQ, FEAT), torch.randn(6)
    for it in range(2):
        model.train()
        norms = per_sample_norms(model, xb, yb)
        keep = norms <= norms.median() * 3
        loss = ((model(xb[keep]) - yb[keep]) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(it, "kept", int(keep.sum()), "loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
