# expect: clean
"""Trains in the workshop, exports a serving bundle, then adapts the bundle's encoder to a new keyboard; it
switches the bundle's encoder back to train mode before adapting it."""
import torch
import torch.nn as nn

from workshop import Workshop


def sessions(n):
    return [(torch.randint(0, 20, (4, 6)), torch.randint(0, 3, (4,))) for _ in range(n)]


torch.manual_seed(9)
shop = Workshop()
shop.practice(sessions(3))
bundle = shop.export()
print(bundle.identify(torch.randint(0, 20, (2, 6))))
encoder = bundle.encoder
encoder.train()
adapt = torch.optim.SGD(encoder.parameters(), lr=1e-3)
for keys, who in sessions(2):
    loss = nn.functional.cross_entropy(encoder(keys), who)
    adapt.zero_grad()
    loss.backward()
    adapt.step()
