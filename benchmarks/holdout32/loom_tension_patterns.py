# expect: crash
"""Loom tension: a GRU proposes warp-lift patterns (token sequences); a fixed
tension simulator scores them. After supervised pre-training on known patterns,
a greedy rollout gives the baseline reward and REINFORCE fine-tunes the policy.
"""
import torch
import torch.nn as nn
from torch.distributions import Categorical

VOCAB, HIDDEN, LENGTH, BATCH = 6, 10, 7, 5


class PatternPolicy(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB + 1, 8)  # last id is <start>
        self.gru = nn.GRU(8, HIDDEN, batch_first=True)
        self.logits = nn.Linear(HIDDEN, VOCAB)

    def forward(self, tokens, h=None):
        out, h = self.gru(self.emb(tokens), h)
        return self.logits(out), h

    def _start(self, n):
        return torch.full((n, 1), VOCAB, dtype=torch.long)

    def sample(self, n, greedy=False):
        tok, h = self._start(n), None
        picks, logps = [], []
        for _ in range(LENGTH):
            logits, h = self(tok, h)
            dist = Categorical(logits=logits[:, -1])
            nxt = logits[:, -1].argmax(-1) if greedy else dist.sample()
            picks.append(nxt)
            logps.append(dist.log_prob(nxt))
            tok = nxt.unsqueeze(1)
        return torch.stack(picks, 1), torch.stack(logps, 1)

    @torch.no_grad()
    def greedy(self, n):
        self.eval()
        seq, _ = self.sample(n, greedy=True)
        return seq


def tension_reward(seq):
    """Penalise long runs of the same lift and reward alternating shafts."""
    changes = (seq[:, 1:] != seq[:, :-1]).float().mean(1)
    balance = 1.0 - (seq.float().mean(1) - (VOCAB - 1) / 2).abs() / VOCAB
    return changes + balance


def pretrain(policy, patterns, steps=15):
    opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    inp = torch.cat([policy._start(len(patterns)), patterns[:, :-1]], 1)
    for _ in range(steps):
        policy.train()
        logits, _ = policy(inp)
        loss = nn.functional.cross_entropy(logits.reshape(-1, VOCAB), patterns.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def reinforce(policy, steps=4):
    opt = torch.optim.Adam(policy.parameters(), lr=5e-3)
    for step in range(steps):
        baseline = tension_reward(policy.greedy(BATCH)).mean()
        seq, logp = policy.sample(BATCH)
        advantage = tension_reward(seq) - baseline
        loss = -(advantage.detach() * logp.sum(1)).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"rl step {step} reward {tension_reward(seq).mean():.3f} baseline {baseline:.3f}")


def main():
    torch.manual_seed(12)
    known = torch.randint(0, VOCAB, (8, LENGTH))
    policy = PatternPolicy()
    print("pretrain loss", round(pretrain(policy, known), 4))
    reinforce(policy)


if __name__ == "__main__":
    main()
