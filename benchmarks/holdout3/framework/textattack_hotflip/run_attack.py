# expect: crash
# category: framework
"""HotFlip attack recipe against a word-level LSTM sentiment model, TextAttack-style wrapper and search."""
import torch
from torch import nn

from attack_lib import HotFlip, PyTorchModelWrapper

torch.manual_seed(12)
VOCAB, DIM = 60, 12


class WordLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb_layer = nn.Embedding(VOCAB, DIM)
        self.encoder = nn.LSTM(DIM, DIM, num_layers=1, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * DIM, 2)

    def forward(self, ids):
        output, _ = self.encoder(self.emb_layer(ids))
        return self.out(output.max(dim=1)[0])


def fit(model, data, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(epochs):
        for ids, label in data:
            opt.zero_grad()
            nn.functional.cross_entropy(model(ids), label).backward()
            opt.step()


def toy_sentiment(n):
    data = []
    for _ in range(n):
        ids = torch.randint(1, VOCAB, (1, 8))
        data.append((ids, (ids < VOCAB // 2).sum(1).gt(4).long()))
    return data


victim = WordLSTM()
fit(victim, toy_sentiment(8))
wrapper = PyTorchModelWrapper(victim, victim.emb_layer)
attack = HotFlip(wrapper, max_swaps=3)
print("attack success rate:", attack.attack_dataset(toy_sentiment(4)))
