# expect: crash
# category: wrappers
"""Train a small sentiment BiGRU, then run a HotFlip attack over a few test sentences."""
import torch

from attacklib import HotFlipAttack, PyTorchModelWrapper
from model import BiGRUSentiment

torch.manual_seed(14)
model = BiGRUSentiment()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(4):
    x, y = torch.randint(0, 50, (8, 10)), torch.randint(0, 2, (8,))
    loss = torch.nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()

attack = HotFlipAttack(PyTorchModelWrapper(model, model.embedding), max_flips=2)
n_success = 0
for i in range(3):
    sentence, label = torch.randint(0, 50, (1, 10)), torch.randint(0, 2, (1,))
    adv, ok = attack.attack(sentence, label)
    n_success += ok
print(f"attack success {n_success}/3")
