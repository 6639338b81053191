# expect: clean
"""A REINFORCE learner probes its GRU baseline in eval mode for logging, and its update switches both networks back
with a helper looping over the list it is given (`set_mode([self.policy, self.baseline], True)`). The baseline's
regression backward then runs through a training-mode forward (the twin that hands the helper only the policy
crashes)."""
import torch
import torch.nn as nn


def set_mode(nets, training):
    for net in nets:
        net.train(training)


class Learner:
    def __init__(self):
        self.policy = nn.Linear(3, 2)
        self.baseline = nn.GRU(3, 4, batch_first=True)
        self.optimizer = torch.optim.SGD([*self.policy.parameters(), *self.baseline.parameters()], lr=0.01)
        self.probe_batch = torch.randn(2, 5, 3)

    def log_values(self):
        self.baseline.eval()
        with torch.no_grad():
            return float(self.baseline(self.probe_batch)[0].mean())

    def update(self, histories, returns):
        set_mode([self.policy, self.baseline], True)
        values = self.baseline(histories)[0][:, -1].sum(-1)
        loss = (values - returns).pow(2).mean()
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()


def main():
    learner = Learner()
    for _ in range(2):
        print(learner.log_values(), learner.update(torch.randn(4, 5, 3), torch.randn(4)))


if __name__ == "__main__":
    main()
