# expect: crash
# category: framework
"""Entry point: build data, model and optimizer, then hand everything to the Trainer."""
import torch

from model import SentimentLSTM
from trainer import Trainer

torch.manual_seed(0)
VOCAB = 50


def make_loader(n_batches, batch_size=6, max_len=9):
    batches = []
    for _ in range(n_batches):
        lengths = torch.randint(3, max_len + 1, (batch_size,))
        tokens = torch.randint(1, VOCAB, (batch_size, max_len))
        for i, n in enumerate(lengths):
            tokens[i, n:] = 0
        batches.append((tokens, lengths, torch.randint(0, 3, (batch_size,))))
    return batches


if __name__ == "__main__":
    model = SentimentLSTM(VOCAB)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    trainer = Trainer(model, optimizer, max_epochs=2)
    history = trainer.fit(make_loader(4), make_loader(2))
    print("best val acc", max(history["val_acc"]))
