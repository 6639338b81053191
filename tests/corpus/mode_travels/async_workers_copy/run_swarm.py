# expect: crash
"""Asynchronous SGD on a parameter server: each tick one random worker sends a gradient from a replica."""
import random

import torch

from swarm.metrics import holdout_error
from swarm.net import SensorLSTM
from swarm.worker import Worker

torch.manual_seed(2)
random.seed(2)
shared = SensorLSTM()
workers = [Worker((torch.randn(4, 8, 3), torch.randn(4, 3))) for _ in range(4)]
probe = (torch.randn(4, 8, 3), torch.randn(4, 3))
for tick in range(4):
    if tick % 2 == 0:
        print("tick", tick, "holdout", holdout_error(shared, *probe))
    worker = random.choice(workers)
    grads = worker.gradients(shared)  # TM001-here
    with torch.no_grad():
        for p, g in zip(shared.parameters(), grads):
            p -= 0.05 * g
