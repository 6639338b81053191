# expect: clean
"""Dyehouse batch recipes: tune the mordant-sequence classifier through the dyeworks helpers."""
import torch
import torch.nn as nn

from dyeworks import *  # noqa: F401,F403


class MordantNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(12, 6)
        self.rnn = nn.LSTM(6, 8, batch_first=True)
        self.fc = nn.Linear(8, 4)

    def forward(self, tok):
        h, _ = self.rnn(self.emb(tok))
        return self.fc(h[:, -1])


if __name__ == "__main__":
    torch.manual_seed(0)
    model = prepare(MordantNet())
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        batch = (torch.randint(0, 12, (4, 5)), torch.randint(0, 4, (4,)))
        print(round(step(model, opt, nn.functional.cross_entropy, batch), 4))
    print(predict(model, torch.randint(0, 12, (2, 5))))
