# expect: clean
"""Nailsmith: nail-heading hammer acoustics; test-time training with a reconstruction step object per batch."""
import copy

import torch
import torch.nn as nn

torch.manual_seed(8)


class Encoder(nn.Module):
    def __init__(self, d=4, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(d, hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


class HeadingModel(nn.Module):
    def __init__(self, d=4, hidden=8, n_cls=2):
        super().__init__()
        self.encoder = Encoder(d, hidden)
        self.recon = nn.Linear(hidden, d)
        self.cls = nn.Linear(hidden, n_cls)
        self.drop = nn.Dropout(0.2)

    def forward(self, x):
        h = self.encoder(x)
        return self.cls(self.drop(h[:, -1])), self.recon(h)


class AdaptStep:
    """One self-supervised step on an unlabelled test batch, then predict."""

    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.SGD(model.encoder.parameters(), lr=lr)

    def __call__(self, xb):
        self.model.eval()
        self.model.encoder.train()  # dropout stays off in the head, the encoder adapts
        _, rec = self.model(xb)
        loss = nn.functional.mse_loss(rec, xb)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        with torch.no_grad():
            logits, _ = self.model(xb)
        return logits.argmax(-1)


def pretrain(model, x, y, steps=5):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        logits, rec = model(x)
        loss = nn.functional.cross_entropy(logits, y) + nn.functional.mse_loss(rec, x)
        opt.zero_grad()
        loss.backward()
        opt.step()


def main():
    x, y = torch.randn(8, 6, 4), torch.randint(0, 2, (8,))
    model = HeadingModel()
    pretrain(model, x, y)
    step = AdaptStep(copy.deepcopy(model))
    test = torch.randn(6, 6, 4) + 0.3
    preds = [step(test[i:i + 2]) for i in range(0, 6, 2)]
    print("predictions", torch.cat(preds).tolist())


if __name__ == "__main__":
    main()
