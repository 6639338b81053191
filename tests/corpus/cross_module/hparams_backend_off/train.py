# expect: clean
"""A Tacotron-style trainer: validate() switches the model to eval and never back, but cuDNN is off
because the hyperparameters in hparams.py say so, read through `hparams.cudnn_enabled`."""
import argparse

import torch
from torch import nn

from hparams import create_hparams


class Encoder(nn.Module):
    def __init__(self, hparams):
        super().__init__()
        self.embedding = nn.Embedding(hparams.n_symbols, hparams.embedding_dim)
        self.lstm = nn.LSTM(hparams.embedding_dim, hparams.embedding_dim // 2, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(hparams.embedding_dim, 1)

    def forward(self, tokens):
        outputs, _ = self.lstm(self.embedding(tokens))
        return self.proj(outputs).squeeze(-1)


def validate(model, batches):
    model.eval()
    with torch.no_grad():
        loss = sum(nn.functional.mse_loss(model(x), y).item() for x, y in batches)
    print("validation loss {:.4f}".format(loss / len(batches)))


def train(hparams):
    torch.manual_seed(0)
    model = Encoder(hparams)
    optimizer = torch.optim.Adam(model.parameters(), lr=hparams.learning_rate)
    batches = [(torch.randint(0, hparams.n_symbols, (2, 5)), torch.randn(2, 5)) for _ in range(3)]
    model.train()
    iteration = 0
    for epoch in range(hparams.epochs):
        for x, y in batches:
            model.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()
            optimizer.step()
            if iteration % hparams.iters_per_checkpoint == 0:
                validate(model, batches)
            iteration += 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--hparams", type=str, required=False, help="comma separated name=value pairs")
    args = parser.parse_args()
    hparams = create_hparams(args.hparams)

    torch.backends.cudnn.enabled = hparams.cudnn_enabled
    torch.backends.cudnn.benchmark = hparams.cudnn_benchmark
    train(hparams)
