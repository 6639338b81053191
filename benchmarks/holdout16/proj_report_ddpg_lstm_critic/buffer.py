import random

import torch


class ReplayBuffer:
    def __init__(self, size):
        self.size, self.mem = size, []

    @property
    def mem_cntr(self):
        return len(self.mem)

    def store_transition(self, *t):
        self.mem = (self.mem + [t])[-self.size:]

    def sample_buffer(self, batch_size):
        batch = random.sample(self.mem, batch_size)
        return [torch.stack([torch.as_tensor(x[i], dtype=torch.float) for x in batch]) for i in range(5)]
