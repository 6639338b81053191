# expect: crash
"""SMILES generator trained with REINFORCE and a learned baseline network."""
import random
import torch
import torch.nn as nn

VOCAB = list("^$CNOc1()=")
V = len(VOCAB)


class SmilesRNN(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.emb = nn.Embedding(V, 8)
        self.gru = nn.GRU(8, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, V)

    def step(self, tok, h):
        o, h = self.gru(self.emb(tok).unsqueeze(1), h)
        return self.proj(o.squeeze(1)), h

    def sample(self, n, max_len=8):
        self.eval()  # deterministic layers while sampling
        tok = torch.zeros(n, dtype=torch.long)
        h, logps, seqs = None, [], []
        for _ in range(max_len):
            logits, h = self.step(tok, h)
            dist = torch.distributions.Categorical(logits=logits)
            tok = dist.sample()
            logps.append(dist.log_prob(tok))
            seqs.append(tok)
        return torch.stack(seqs, 1), torch.stack(logps, 1).sum(1)


class Baseline(nn.Module):
    def __init__(self):
        super().__init__()
        self.v = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))

    def forward(self, n):
        return self.v(torch.ones(n, 1)).squeeze(-1)


def score(seqs):
    # toy reward: fraction of carbon atoms
    return (seqs == VOCAB.index("C")).float().mean(1)


def main():
    torch.manual_seed(0)
    random.seed(0)
    agent, base = SmilesRNN(), Baseline()
    opt = torch.optim.Adam(list(agent.parameters()) + list(base.parameters()), lr=1e-3)
    for it in range(3):
        seqs, logp = agent.sample(6)
        r = score(seqs)
        b = base(6)
        adv = (r - b).detach()
        loss = -(adv * logp).mean() + (r - b).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(it, float(r.mean()))


if __name__ == "__main__":
    main()
