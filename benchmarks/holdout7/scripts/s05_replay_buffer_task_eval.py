# expect: crash
"""Experience replay for class-incremental learning: after every task the strategy evaluates on all tasks
seen so far (eval + no_grad) and only resets the mode inside its own `train_task` once, at the first task."""
import random

import torch
import torch.nn.functional as F
from torch import nn


class Strategy:
    def __init__(self, net, mem_size=8):
        self.net = net
        self.opt = torch.optim.SGD(net.parameters(), lr=0.05)
        self.memory = []
        self.mem_size = mem_size
        self.seen_tasks = 0

    def train_task(self, batches):
        if self.seen_tasks == 0:
            self.net.train()
        for x, y in batches:
            if self.memory:
                mx, my = random.choice(self.memory)
                x, y = torch.cat([x, mx]), torch.cat([y, my])
            loss = F.cross_entropy(self.net(x), y)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
        self.memory = (self.memory + [(x[:2], y[:2])])[-self.mem_size:]
        self.seen_tasks += 1

    def eval_stream(self, stream):
        self.net.eval()
        with torch.no_grad():
            return [(self.net(x).argmax(-1) == y).float().mean().item() for x, y in stream]


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.recurrent = nn.RNN(2, 8, batch_first=True)
        self.out = nn.Linear(8, 6)

    def forward(self, x):
        return self.out(self.recurrent(x)[0][:, -1])


random.seed(0)
torch.manual_seed(0)
strategy = Strategy(Net())
test_stream = []
for task_id in range(3):
    batches = [(torch.randn(4, 5, 2), torch.randint(2 * task_id, 2 * task_id + 2, (4,))) for _ in range(2)]
    strategy.train_task(batches)
    test_stream.append(batches[0])
    print(f"after task {task_id}: accs {strategy.eval_stream(test_stream)}")
