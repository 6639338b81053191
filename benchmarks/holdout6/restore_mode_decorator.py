# expect: clean
# category: decorator
"""Periodic evaluation through a decorator that restores the caller's train/eval mode."""
import functools
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


def eval_mode_then_restore(fn):
    @functools.wraps(fn)
    def wrapper(model, *args, **kwargs):
        previous = model.training
        model.eval()
        try:
            with torch.no_grad():
                return fn(model, *args, **kwargs)
        finally:
            model.train(previous)
    return wrapper


@eval_mode_then_restore
def perplexity(model, batches):
    nll = sum(F.cross_entropy(model(x).flatten(0, 1), y.flatten()).item() for x, y in batches)
    return float(torch.exp(torch.tensor(nll / len(batches))))


class CharLM(nn.Module):
    def __init__(self, n_chars=30, hidden=16):
        super().__init__()
        self.emb = nn.Embedding(n_chars, 8)
        self.rnn = nn.LSTM(8, hidden, num_layers=2, dropout=0.2, batch_first=True, proj_size=8)
        self.out = nn.Linear(8, n_chars)

    def forward(self, x):
        return self.out(self.rnn(self.emb(x))[0])


def make_batches(n):
    data = torch.randint(0, 30, (n, 3, 9))
    return [(d[:, :-1], d[:, 1:]) for d in data]


model = CharLM()
opt = torch.optim.Adam(model.parameters(), lr=3e-3)
train_batches, dev_batches = make_batches(6), make_batches(2)
model.train()
for step, (x, y) in enumerate(train_batches):
    loss = F.cross_entropy(model(x).flatten(0, 1), y.flatten())
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 2 == 1:
        print(f"step {step}: dev ppl {perplexity(model, dev_batches):.2f}")
