# expect: crash
"""tianshou-style: only the test collector (is_test=True, stored with a tuple assignment) puts the policy in
eval; the trainer calls train() once, before the first epoch, so the second epoch trains the GRU in eval."""
import torch
from torch import nn

from collect import Collector
from loop import trainer


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, obs):
        return self.out(self.rnn(obs)[0][:, -1])


if __name__ == "__main__":
    torch.manual_seed(0)
    policy = Policy()
    trainer(policy, Collector(policy), Collector(policy, is_test=True), epochs=2)
    print("done")
