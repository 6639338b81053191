# expect: crash
"""Ship-chandler stock: an LSTM energy model over weekly orders; Langevin sampling of synthetic order books."""
import torch
import torch.nn as nn

torch.manual_seed(1)
CFG = {"items": 4, "hidden": 12, "weeks": 6, "batch": 5, "langevin_steps": 4, "step_size": 0.05}


class EnergyLSTM(nn.Module):
    def __init__(self, items, hidden):
        super().__init__()
        self.lstm = nn.LSTM(items, hidden, batch_first=True)
        self.energy = nn.Sequential(nn.Linear(hidden, hidden), nn.SiLU(), nn.Linear(hidden, 1))

    def forward(self, orders):
        h, _ = self.lstm(orders)
        return self.energy(h.mean(1)).squeeze(-1)


def contrastive_step(model, opt, real, fake):
    loss = model(real).mean() - model(fake).mean() + 0.1 * (model(real) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


def langevin(model, start, steps, step_size):
    x = start.clone().requires_grad_(True)
    for _ in range(steps):
        e = model(x).sum()
        g, = torch.autograd.grad(e, x)  # TM001-here
        x = (x - step_size * g + (2 * step_size) ** 0.5 * 0.01 * torch.randn_like(x)).detach().requires_grad_(True)
    return x.detach()


def main():
    model = EnergyLSTM(CFG["items"], CFG["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for epoch in range(2):
        real = torch.randn(CFG["batch"], CFG["weeks"], CFG["items"]).abs()
        noise = torch.randn_like(real)
        model.eval()  # sampling should not touch dropout statistics
        fake = langevin(model, noise, CFG["langevin_steps"], CFG["step_size"])
        model.train()
        print(epoch, contrastive_step(model, opt, real, fake))


if __name__ == "__main__":
    main()
