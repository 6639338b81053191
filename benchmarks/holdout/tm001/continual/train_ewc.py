# expect: crash
# category: callee_eval
import torch
import torch.nn.functional as F

from ewc import EWC
from tasks import Net, evaluate, task_data

torch.manual_seed(0)
model = Net()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
ewc, importance = None, 100.0
for task_id in range(2):
    x, y = task_data(task_id)
    model.train()
    for epoch in range(2):
        optimizer.zero_grad()
        loss = F.cross_entropy(model(x), y)
        if ewc is not None:
            loss = loss + importance * ewc.penalty(model)
        loss.backward()
        optimizer.step()
    print(f"task {task_id} acc {evaluate(model, x, y):.2f}")
    ewc = EWC(model, x[:6])  # TM001-here
