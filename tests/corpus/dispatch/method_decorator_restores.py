# expect: clean
"""A decorator on a model's sampling method switches to eval for the call and restores the mode the model
had before, also when the call raises. Training goes on after each sample in the mode it was in."""
import functools

import torch
import torch.nn as nn


def in_eval(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        was_training = self.training
        self.eval()
        try:
            with torch.no_grad():
                return method(self, *args, **kwargs)
        finally:
            self.train(was_training)
    return wrapper


class CharModel(nn.Module):
    def __init__(self, vocab=20, hidden=24):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True)
        self.proj = nn.Linear(hidden, vocab)

    def forward(self, tokens):
        return self.proj(self.lstm(self.embed(tokens))[0])

    @in_eval
    def sample(self, start, steps=5):
        tokens = start
        for _ in range(steps):
            nxt = self(tokens)[:, -1].argmax(-1, keepdim=True)
            tokens = torch.cat([tokens, nxt], dim=1)
        return tokens


device = "cuda" if torch.cuda.is_available() else "cpu"
lm = CharModel().to(device)
opt = torch.optim.Adam(lm.parameters(), lr=1e-3)
lm.train()
for step in range(4):
    batch = torch.randint(0, 20, (4, 12), device=device)
    logits = lm(batch[:, :-1])
    loss = nn.functional.cross_entropy(logits.reshape(-1, 20), batch[:, 1:].reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 2 == 0:
        print(lm.sample(batch[:1, :2]).tolist())
