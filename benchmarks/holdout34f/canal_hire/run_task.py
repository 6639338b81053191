# expect: clean
"""Canal-boat hire demand: a Task owns the model and the loss; valid_step runs in eval."""
import torch

from hire.task import DemandTask

torch.manual_seed(10)

task = DemandTask(n_features=4, hidden=8)
opt = torch.optim.Adam(task.model.parameters(), lr=5e-3)
train = [(torch.randn(4, 7, 4), torch.rand(4, 1)) for _ in range(3)]
valid = [(torch.randn(4, 7, 4), torch.rand(4, 1)) for _ in range(2)]

for epoch in range(2):
    for batch in train:
        opt.zero_grad()
        loss, _ = task.train_step(batch)
        opt.step()
    logs = [task.valid_step(b) for b in valid]
    print(epoch, sum(l["loss"] for l in logs) / len(logs))
# one extra step on the last validation batch, through the usual train_step
opt.zero_grad()
loss, _ = task.train_step(valid[-1])
opt.step()
print("final", round(loss, 4))
