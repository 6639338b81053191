# expect: crash
"""Bargeman lock scheduling: a GRU policy emits lock-opening sequences, trained by REINFORCE with a baseline."""
import torch
import torch.nn as nn

torch.manual_seed(8)
N_ACT, HID, STEPS = 4, 8, 5


class LockPolicy(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(N_ACT + 1, HID)
        self.rnn = nn.GRU(HID, HID, batch_first=True)
        self.out = nn.Linear(HID, N_ACT)

    def step(self, tok, h):
        o, h = self.rnn(self.emb(tok).unsqueeze(1), h)
        return self.out(o.squeeze(1)), h

    def sample(self, bs):
        self.eval()  # deterministic layers while decoding
        tok = torch.full((bs,), N_ACT, dtype=torch.long)
        h, acts, logps = None, [], []
        for _ in range(STEPS):
            logits, h = self.step(tok, h)
            dist = torch.distributions.Categorical(logits=logits)
            tok = dist.sample()
            acts.append(tok)
            logps.append(dist.log_prob(tok))
        return torch.stack(acts, 1), torch.stack(logps, 1).sum(1)


baseline = nn.Sequential(nn.Linear(1, 8), nn.ReLU(), nn.Linear(8, 1))


def reward(acts):
    # prefer alternating upstream/downstream openings
    return (acts[:, 1:] != acts[:, :-1]).float().mean(1)


policy = LockPolicy()
opt = torch.optim.Adam(list(policy.parameters()) + list(baseline.parameters()), lr=1e-2)
for it in range(4):
    policy.train()
    acts, logp = policy.sample(6)
    r = reward(acts)
    b = baseline(torch.ones(6, 1)).squeeze(1)
    loss = -((r - b.detach()) * logp).mean() + (r - b).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(f"iter {it} mean reward {r.mean():.3f}")
