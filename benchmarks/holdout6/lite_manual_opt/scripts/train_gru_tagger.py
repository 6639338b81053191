# expect: crash
# category: framework
"""User code: a LiteModule with manual optimisation (gradient clipping by hand), run by the Trainer."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import torch
import torch.nn as nn
import torch.nn.functional as F
from litelib.module import LiteModule
from litelib.trainer import Trainer

torch.manual_seed(0)


class PosTagger(LiteModule):
    def __init__(self, vocab=30, tags=6, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, 8)
        self.gru = nn.GRU(8, hidden, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(2 * hidden, tags)

    def forward(self, tokens):
        return self.proj(self.gru(self.emb(tokens))[0])

    def training_step(self, batch, batch_idx):
        opt = self.optimizers()
        tokens, tags = batch
        loss = F.cross_entropy(self(tokens).flatten(0, 1), tags.flatten())
        opt.zero_grad()
        self.manual_backward(loss)
        torch.nn.utils.clip_grad_norm_(self.parameters(), 1.0)
        opt.step()
        self.log("train_loss", loss)

    def validation_step(self, batch, batch_idx):
        tokens, tags = batch
        acc = (self(tokens).argmax(-1) == tags).float().mean()
        self.log("val_acc", acc)


def batches(n):
    return [(torch.randint(0, 30, (3, 5)), torch.randint(0, 6, (3, 5))) for _ in range(n)]


model = PosTagger()
trainer = Trainer(max_epochs=2, callbacks=["lr_monitor", "val_check"])
trainer.fit(model, batches(3), batches(1), torch.optim.SGD(model.parameters(), lr=0.1))
