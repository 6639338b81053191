import torch.nn as nn


class BasePolicy(nn.Module):
    def update(self, batch):
        # tianshou-like: process_fn -> learn -> post_process_fn
        batch = self.process_fn(batch)
        return self.learn(batch)

    def process_fn(self, batch):
        return batch
