# expect: clean
# category: callee_eval
import torch
import torch.nn.functional as F

from ewc import OnlineEWC
from tasks import Net, evaluate, task_data

torch.manual_seed(0)
model = Net()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
ewc = None
for task_id in range(2):
    x, y = task_data(task_id)
    for epoch in range(2):
        model.train()
        optimizer.zero_grad()
        loss = F.cross_entropy(model(x), y)
        if ewc is not None:
            loss = loss + 100.0 * ewc.penalty(model)
        loss.backward()
        optimizer.step()
    print(f"task {task_id} acc {evaluate(model, x, y):.2f}")
    ewc = OnlineEWC(model, x[:6])
