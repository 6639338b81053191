# expect: crash
"""Wheelwright spoke-order generation: REINFORCE with a learned baseline network."""
import torch
import torch.nn as nn

torch.manual_seed(29)
N_TOK, H, LEN = 6, 12, 5


class SpokePolicy(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(N_TOK, H)
        self.gru = nn.GRU(H, H, batch_first=True)
        self.logits = nn.Linear(H, N_TOK)

    def sample(self, batch):
        """Autoregressive sampling; returns tokens and their log-probs."""
        self.eval()
        tok = torch.zeros(batch, 1, dtype=torch.long)
        h = None
        toks, logps = [], []
        for _ in range(LEN):
            o, h = self.gru(self.emb(tok), h)
            dist = torch.distributions.Categorical(logits=self.logits(o[:, -1]))
            t = dist.sample()
            toks.append(t)
            logps.append(dist.log_prob(t))
            tok = t.unsqueeze(1)
        return torch.stack(toks, 1), torch.stack(logps, 1)


class Baseline(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(LEN, 8), nn.Tanh(), nn.Linear(8, 1))

    def forward(self, toks):
        return self.net(toks.float() / N_TOK).squeeze(-1)


def reward(toks):
    # spokes should alternate parity
    return ((toks[:, 1:] % 2) != (toks[:, :-1] % 2)).float().mean(1)


if __name__ == "__main__":
    policy, baseline = SpokePolicy(), Baseline()
    opt_p = torch.optim.Adam(policy.parameters(), 1e-2)
    opt_b = torch.optim.Adam(baseline.parameters(), 1e-2)
    for it in range(3):
        policy.train()
        toks, logps = policy.sample(6)
        r = reward(toks)
        b = baseline(toks)
        adv = (r - b).detach()
        loss_p = -(adv * logps.sum(1)).mean()
        loss_b = ((b - r) ** 2).mean()
        opt_p.zero_grad(); opt_b.zero_grad()
        (loss_p + loss_b).backward()  # TM001-here
        opt_p.step(); opt_b.step()
        print(it, round(r.mean().item(), 3))
