# expect: crash
"""Ha-ha wall subsidence: second-order MAML across estates, each estate a task."""
import torch

from hawall import DitchGRU, sample_estate
from hawall.meta import meta_step

torch.manual_seed(16)

model = DitchGRU()
model.train()
meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for it in range(2):
    tasks = [sample_estate() for _ in range(2)]
    loss = meta_step(model, meta_opt, tasks, inner_lr=0.1)
    print("iter", it, "meta loss", round(loss, 4))
