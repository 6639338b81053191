# expect: clean
"""Lottery-ticket rounds: each round trains, evaluates (eval mode), then builds a fresh LM and rewinds it to the
initial weights; a new module starts in train mode, so the next round's backward is fine."""
import copy

import torch
import torch.nn as nn


class LM(nn.Module):
    def __init__(self, vocab=10, hidden=6):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, vocab)

    def forward(self, tokens):
        return self.proj(self.rnn(self.embed(tokens))[0])


def batch():
    seq = torch.randint(0, 10, (3, 7))
    return seq[:, :-1], seq[:, 1:]


def train(model, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.5)
    for _ in range(steps):
        inp, tgt = batch()
        loss = nn.functional.cross_entropy(model(inp).reshape(-1, 10), tgt.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


@torch.no_grad()
def evaluate(model):
    model.eval()
    inp, tgt = batch()
    return nn.functional.cross_entropy(model(inp).reshape(-1, 10), tgt.reshape(-1)).item()


torch.manual_seed(0)
model = LM()
rewind = copy.deepcopy(model.state_dict())
for rnd in range(2):
    train_loss = train(model)
    val_loss = evaluate(model)
    print(rnd, round(train_loss, 4), round(val_loss, 4))
    model = LM()
    model.load_state_dict(rewind)
