import torch
import torch.nn as nn
import torch.nn.functional as F

from engine.module import LightningModule


class LitGRUClassifier(LightningModule):
    def __init__(self, vocab=30, emb=8, hidden=16, classes=3):
        super().__init__()
        self.automatic_optimization = False
        self.embed = nn.Embedding(vocab, emb)
        self.backbone = nn.GRU(emb, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.cls = nn.Linear(hidden, classes)

    def forward(self, tokens):
        out, h = self.backbone(self.embed(tokens))
        return self.cls(h[-1])

    def training_step(self, batch, batch_idx):
        opt = self.optimizers()
        tokens, label = batch
        loss = F.cross_entropy(self(tokens), label)
        opt.zero_grad()
        self.manual_backward(loss)
        opt.step()

    def validation_step(self, batch, batch_idx):
        tokens, label = batch
        return {"val_loss": F.cross_entropy(self(tokens), label).item()}

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)
