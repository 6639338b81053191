# expect: clean
"""Bell-tuning policy: a GRU policy proposes hammer strikes, a pretrained GRU critic rates the resulting partials."""
import torch
from torch import nn


class StrikePolicy(nn.Module):
    def __init__(self, n_act=4, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(n_act + 1, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_act)

    def sample(self, batch, length):
        tok = torch.full((batch, 1), 4, dtype=torch.long)
        h, acts, logps = None, [], []
        for _ in range(length):
            o, h = self.rnn(self.emb(tok), h)
            dist = torch.distributions.Categorical(logits=self.logits(o[:, -1]))
            a = dist.sample()
            acts.append(a)
            logps.append(dist.log_prob(a))
            tok = a.unsqueeze(1)
        return torch.stack(acts, 1), torch.stack(logps, 1).sum(1)


class PartialCritic(nn.Module):
    def __init__(self, n_act=4, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(n_act, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, acts):
        return self.out(self.rnn(self.emb(acts))[0][:, -1]).squeeze(-1)


def main():
    torch.manual_seed(13)
    policy, critic = StrikePolicy(), PartialCritic().eval()
    opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    baseline = 0.0
    for it in range(4):
        acts, logp = policy.sample(batch=6, length=5)
        reward = torch.tensor(critic(acts).tolist())
        baseline = 0.9 * baseline + 0.1 * reward.mean().item()
        loss = -((reward - baseline) * logp).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(it, round(loss.item(), 4), round(baseline, 4))


if __name__ == "__main__":
    main()
