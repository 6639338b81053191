# expect: clean
"""MosaicML-Composer-style run: Trainer(model, algorithms=[...]) firing Events.

EvalAtEpochEnd evaluates at Event.EPOCH_END inside utils.eval_mode(), which
restores the previous mode in a finally block; the next epoch trains in train mode.
"""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

from algorithms import EvalAtEpochEnd, GradientClipping
from composer_lite.trainer import Trainer


class ComposerGRU(nn.Module):
    def __init__(self, vocab=20, emb=8, hidden=12, n_out=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True, num_layers=2)
        self.fc = nn.Linear(hidden, n_out)

    def forward(self, batch):
        x, _ = batch
        h, _ = self.gru(self.embed(x))
        return self.fc(h.mean(1))

    def loss(self, outputs, batch):
        return nn.functional.cross_entropy(outputs, batch[1])


def main():
    torch.manual_seed(1)
    x = torch.randint(0, 20, (24, 7))
    y = torch.randint(0, 2, (24,))
    train_dl = DataLoader(TensorDataset(x, y), batch_size=6)
    eval_dl = DataLoader(TensorDataset(x[:12], y[:12]), batch_size=6)
    trainer = Trainer(
        model=ComposerGRU(),
        train_dataloader=train_dl,
        max_duration="3ep",
        algorithms=[GradientClipping(clip_norm=1.0), EvalAtEpochEnd(eval_dl)],
    )
    trainer.fit()
    print("eval acc history", trainer.state.metrics.get("acc"))


if __name__ == "__main__":
    main()
