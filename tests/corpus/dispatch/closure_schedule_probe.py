# expect: crash
"""Periodic actions kept as (period, closure) pairs: the probe closure evaluates the language model and
leaves it in eval mode, so the next step's backward goes through an eval-mode LSTM."""
import torch
import torch.nn as nn

torch.manual_seed(11)


class CharLM(nn.Module):
    def __init__(self, n_chars=16, hidden=14):
        super().__init__()
        self.emb = nn.Embedding(n_chars, 6)
        self.lstm = nn.LSTM(6, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, n_chars)

    def forward(self, ids):
        return self.proj(self.lstm(self.emb(ids))[0])


def make_probe(lm, held_out):
    def probe(step):
        lm.eval()
        with torch.no_grad():
            logits = lm(held_out[:, :-1])
            nll = nn.functional.cross_entropy(logits.reshape(-1, 16), held_out[:, 1:].reshape(-1))
        print(f"step {step}: held-out nll {nll.item():.3f}")
    return probe


def make_clipper(lm, limit):
    return lambda step: nn.utils.clip_grad_norm_(lm.parameters(), limit)


lm = CharLM()
optimizer = torch.optim.SGD(lm.parameters(), lr=0.1)
schedule = [(3, make_probe(lm, torch.randint(0, 16, (4, 9)))), (1, make_clipper(lm, 1.0))]
for step in range(1, 7):
    ids = torch.randint(0, 16, (4, 9))
    logits = lm(ids[:, :-1])
    loss = nn.functional.cross_entropy(logits.reshape(-1, 16), ids[:, 1:].reshape(-1))
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    for period, action in schedule:
        if step % period == 0:
            action(step)
    optimizer.step()
