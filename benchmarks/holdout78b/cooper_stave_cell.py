# expect: clean
"""Cooper's stave bending: an autoregressive GRUCell decoder generates steam-box temperature
profiles. After sampling (which puts the model in eval), the REINFORCE-style update on the
sampled profiles runs through the cell decoder only."""
import torch
import torch.nn as nn

torch.manual_seed(12)


class ProfileDecoder(nn.Module):
    def __init__(self, h=8):
        super().__init__()
        self.cell = nn.GRUCell(1, h)
        self.mu = nn.Linear(h, 1)
        self.h = h

    def forward(self, steps, batch):
        h = torch.zeros(batch, self.h)
        x = torch.zeros(batch, 1)
        logps, xs = [], []
        for _ in range(steps):
            h = self.cell(x, h)
            dist = torch.distributions.Normal(self.mu(h), 0.3)
            x = dist.sample()
            logps.append(dist.log_prob(x))
            xs.append(x)
        return torch.cat(xs, 1), torch.cat(logps, 1).sum(1)

    def sample(self, steps, batch):
        self.eval()
        return self(steps, batch)


def reward(profile):
    return -(profile - 1.0).abs().mean(1)


def main():
    dec = ProfileDecoder()
    opt = torch.optim.Adam(dec.parameters(), lr=1e-2)
    baseline = 0.0
    for it in range(3):
        profiles, logp = dec.sample(6, 4)
        r = reward(profiles)
        baseline = 0.9 * baseline + 0.1 * r.mean().item()
        loss = -((r - baseline) * logp).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(it, round(r.mean().item(), 4))


if __name__ == "__main__":
    main()
