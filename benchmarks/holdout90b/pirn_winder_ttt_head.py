# expect: clean
"""Pirn winder fault detection with test-time training on every evaluation batch.

Only the auxiliary next-frame head is adapted per batch; the LSTM
encoder is frozen and its input needs no gradient.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class PirnNet(nn.Module):
    def __init__(self, feat=4, hidden=10, classes=2):
        super().__init__()
        self.encoder = nn.LSTM(feat, hidden, batch_first=True)
        self.next_frame = nn.Linear(hidden, feat)
        self.classifier = nn.Linear(hidden, classes)

    def encode(self, x):
        h, _ = self.encoder(x)
        return h

    def forward(self, x):
        return self.classifier(self.encode(x)[:, -1])

    def aux_loss(self, x):
        h = self.encode(x[:, :-1])
        return F.mse_loss(self.next_frame(h), x[:, 1:])


def train(model, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(steps):
        x, y = torch.randn(6, 8, 4), torch.randint(0, 2, (6,))
        loss = F.cross_entropy(model(x), y) + model.aux_loss(x)
        opt.zero_grad()
        loss.backward()
        opt.step()


def evaluate_with_ttt(model, batches, adapt_steps=1, lr=1e-3):
    base_state = copy.deepcopy(model.state_dict())
    model.eval()
    for p in model.encoder.parameters():
        p.requires_grad_(False)
    correct = total = 0
    for x, y in batches:
        model.load_state_dict(base_state)
        opt = torch.optim.SGD(model.next_frame.parameters(), lr=lr)
        for _ in range(adapt_steps):
            opt.zero_grad()
            model.aux_loss(x).backward()
            opt.step()
        with torch.no_grad():
            correct += int((model(x).argmax(1) == y).sum())
            total += len(y)
    model.load_state_dict(base_state)
    for p in model.encoder.parameters():
        p.requires_grad_(True)
    return correct / total


if __name__ == "__main__":
    torch.manual_seed(8)
    model = PirnNet()
    train(model)
    test = [(torch.randn(4, 8, 4), torch.randint(0, 2, (4,))) for _ in range(2)]
    print("ttt accuracy", evaluate_with_ttt(model, test))
