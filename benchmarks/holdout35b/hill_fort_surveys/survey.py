# expect: clean
"""Hill-fort rampart surveys: classify rampart phases from magnetometer transects.
Validation runs inside a class-based context manager that restores the mode."""
import torch
import torch.nn.functional as F

from surveys.model import RampartNet
from surveys.modes import evaluating

torch.manual_seed(17)

model = RampartNet()
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
transects = [(torch.randn(4, 10, 3), torch.randint(0, 3, (4,))) for _ in range(5)]
probe = torch.randn(4, 10, 3)

for epoch in range(3):
    with evaluating(model):
        with torch.no_grad():
            ref = model(probe).softmax(-1)
    for x, y in transects:
        logits = model(x)
        loss = F.cross_entropy(logits, y) + 0.1 * F.kl_div(model(probe).log_softmax(-1), ref, reduction="batchmean")
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"epoch {epoch} loss {loss.item():.4f}")
