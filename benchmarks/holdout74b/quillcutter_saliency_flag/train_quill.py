# expect: clean
"""Quill-cutter nib-grade text classifier: Lightning-like module, saliency callback after validation; the trainer only flips the top-level training flag."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from callbacks import SaliencyLogger
from minilit import LitModule, MiniTrainer

torch.manual_seed(7)
VOCAB, EMB, HID, NCLS = 20, 8, 8, 3


class NibClassifier(LitModule):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(VOCAB, EMB)
        self.lstm = nn.LSTM(EMB, HID, batch_first=True)
        self.fc = nn.Linear(HID, NCLS)

    def forward_embedded(self, e):
        _, (h, _) = self.lstm(e)
        return self.fc(h[-1])

    def forward(self, tokens):
        return self.forward_embedded(self.embed(tokens))

    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return (self(x).argmax(-1) == y).float().mean().item()

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)


def loader(n):
    return [(torch.randint(0, VOCAB, (4, 7)), torch.randint(0, NCLS, (4,))) for _ in range(n)]


if __name__ == "__main__":
    cb = SaliencyLogger(loader(1)[0])
    trainer = MiniTrainer(max_epochs=2, callbacks=[cb])
    trainer.fit(NibClassifier(), loader(3), loader(2))
    print("val acc", trainer.val_outputs)
    print("saliency", cb.records)
