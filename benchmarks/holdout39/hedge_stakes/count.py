# expect: clean
"""Hedge layers' stake counts: a cell-level recurrent counter, with vjp-based attributions for the site report."""
import torch

from stakes import StakeCounter, attribute

if __name__ == "__main__":
    torch.manual_seed(8)
    model = StakeCounter(hidden=6)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x = torch.randn(4, 7, 3)
    y = (x[..., 0] > 0).float().sum(1)
    for _ in range(3):
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    print(attribute(model, x[:2]))
