# expect: clean
"""EMA shadow weights (ExponentialMovingAverage with store/apply_to/restore) for a
GRU tagger. Validation swaps in the EMA weights inside `evaluating(model)`,
which restores the previous mode in a finally block; training continues after.
"""
import torch

from ema import ExponentialMovingAverage
from trainer import Trainer
from callbacks import EmaValidation

torch.manual_seed(0)


class Tagger(torch.nn.Module):
    def __init__(self, vocab=20, hidden=12, tags=5):
        super().__init__()
        self.emb = torch.nn.Embedding(vocab, hidden)
        self.encoder = torch.nn.GRU(hidden, hidden, batch_first=True, num_layers=2, dropout=0.1)
        self.proj = torch.nn.Linear(hidden, tags)

    def forward(self, tokens):
        return self.proj(self.encoder(self.emb(tokens))[0])


net = Tagger()
net.train()
ema = ExponentialMovingAverage(net.parameters(), decay=0.9)
trainer = Trainer(net, torch.optim.Adam(net.parameters(), lr=1e-2), callbacks=[EmaValidation(ema)])
batches = [(torch.randint(0, 20, (4, 6)), torch.randint(0, 5, (4, 6))) for _ in range(4)]
trainer.fit(batches, epochs=3, after_step=ema.update)
print("done")
