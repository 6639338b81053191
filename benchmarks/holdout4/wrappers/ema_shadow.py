# expect: clean
"""Exponential moving average of a GRU language model's weights; the EMA copy is used for validation only."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class ModelEma:
    def __init__(self, model, decay=0.9):
        self.module = copy.deepcopy(model)
        self.module.eval()
        self.decay = decay
        for p in self.module.parameters():
            p.requires_grad_(False)

    @torch.no_grad()
    def update(self, model):
        for ema_v, model_v in zip(self.module.state_dict().values(), model.state_dict().values()):
            ema_v.copy_(ema_v * self.decay + (1.0 - self.decay) * model_v)


class WordGRU(nn.Module):
    def __init__(self, vocab=30, dim=16):
        super().__init__()
        self.encoder = nn.Embedding(vocab, dim)
        self.rnn = nn.GRU(dim, dim, num_layers=2, dropout=0.2)
        self.decoder = nn.Linear(dim, vocab)

    def forward(self, x, h=None):
        out, h = self.rnn(self.encoder(x), h)
        return self.decoder(out), h


def batches(n, seq=8, bsz=4, vocab=30):
    for _ in range(n):
        data = torch.randint(0, vocab, (seq + 1, bsz))
        yield data[:-1], data[1:]


torch.manual_seed(0)
model = WordGRU()
ema = ModelEma(model)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(2):
    model.train()
    for x, y in batches(3):
        logits, _ = model(x)
        loss = F.cross_entropy(logits.view(-1, logits.size(-1)), y.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
        ema.update(model)
    with torch.no_grad():
        val = [F.cross_entropy(ema.module(x)[0].flatten(0, 1), y.flatten()).item() for x, y in batches(2)]
    print(f"epoch {epoch}: ema val ppl {torch.tensor(val).mean().exp():.2f}")
