# expect: clean
"""Counterfactual explanations for a churn classifier built from GRUCells
(unrolled by hand, so that a per-month gate can be inspected). The model is in
eval while the input sequence is optimised."""
import torch
import torch.nn as nn

torch.manual_seed(7)


class UnrolledGRU(nn.Module):
    def __init__(self, n_feat=3, hid=8):
        super().__init__()
        self.cell = nn.GRUCell(n_feat, hid)
        self.clf = nn.Linear(hid, 1)
        self.hid = hid

    def forward(self, x):
        h = x.new_zeros(x.shape[0], self.hid)
        for t in range(x.shape[1]):
            h = self.cell(x[:, t], h)
        return self.clf(h).squeeze(-1)


def counterfactual(model, x0, steps=5):
    model.eval()
    for p in model.parameters():
        p.requires_grad_(False)
    x = x0.clone().requires_grad_(True)
    opt = torch.optim.Adam([x], lr=0.1)
    for _ in range(steps):
        logit = model(x)
        loss = nn.functional.softplus(-logit).sum() + 0.1 * (x - x0).abs().sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return x.detach()


if __name__ == "__main__":
    m = UnrolledGRU()
    x0 = torch.randn(2, 6, 3)
    print((counterfactual(m, x0) - x0).norm().item())
