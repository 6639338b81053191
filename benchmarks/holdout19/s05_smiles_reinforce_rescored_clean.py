# expect: clean
"""REINFORCE for a SMILES GRU: sample in eval without grad, then re-score the samples in train mode."""
import torch
import torch.nn as nn

V = 9


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, 6)
        self.gru = nn.GRU(6, 12, batch_first=True)
        self.proj = nn.Linear(12, V)

    def forward(self, tokens):
        o, _ = self.gru(self.emb(tokens))
        return self.proj(o)

    @torch.no_grad()
    def sample(self, n, length=7):
        self.eval()
        seq = torch.zeros(n, 1, dtype=torch.long)
        for _ in range(length):
            nxt = torch.distributions.Categorical(logits=self(seq)[:, -1]).sample()
            seq = torch.cat([seq, nxt[:, None]], 1)
        return seq

    def log_likelihood(self, seq):
        logits = self(seq[:, :-1])
        return torch.log_softmax(logits, -1).gather(-1, seq[:, 1:, None]).squeeze(-1).sum(1)


def reward(seq):
    return (seq[:, 1:] % 3 == 0).float().mean(1)


if __name__ == "__main__":
    torch.manual_seed(2)
    gen = Generator()
    opt = torch.optim.Adam(gen.parameters(), lr=1e-3)
    baseline = 0.0
    for it in range(3):
        seq = gen.sample(5)
        r = reward(seq)
        gen.train()
        logp = gen.log_likelihood(seq)
        loss = -((r - baseline) * logp).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        baseline = 0.9 * baseline + 0.1 * float(r.mean())
        print(it, round(baseline, 4))
