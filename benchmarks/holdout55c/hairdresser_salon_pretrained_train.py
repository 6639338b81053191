# expect: clean
"""Salon appointment no-show models, one per salon, warm-started from a shared checkpoint."""
import torch
from torch import nn


class NoShowGRU(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.clf = nn.Linear(hidden, 1)

    def forward(self, visits):
        _, h = self.gru(visits)
        return self.clf(h[-1]).squeeze(-1)

    @classmethod
    def from_pretrained(cls, state, for_training=False):
        model = cls()
        model.load_state_dict(state)
        return model.train(for_training)


def salon_data(seed):
    g = torch.Generator().manual_seed(seed)
    return torch.rand(5, 8, 3, generator=g), torch.randint(0, 2, (5,), generator=g).float()


shared = NoShowGRU().state_dict()
salons = {name: NoShowGRU.from_pretrained(shared, for_training=True) for name in ("north", "harbour", "station")}

for i, (name, model) in enumerate(salons.items()):
    x, y = salon_data(i)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(name, round(loss.item(), 4))
