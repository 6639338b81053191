import copy

import torch.nn.functional as F


class LwfPenalty:
    """Learning without forgetting: last task's model, frozen, as a teacher."""

    def __init__(self):
        self.old = None

    def end_task(self, net):
        self.old = copy.deepcopy(net).eval()
        self.old.requires_grad_(False)

    def __call__(self, net, x, logits):
        if self.old is None:
            return logits.sum() * 0
        old_logits = self.old.head_from(net.features(x))  # the student's features feed the teacher
        return F.mse_loss(logits, old_logits)


class TaskLearner:
    def __init__(self, net, opt, penalties):
        self.net, self.opt, self.penalties = net, opt, list(penalties)

    def objective(self, x, y):
        logits = self.net(x)
        total = F.cross_entropy(logits, y)
        for penalty in self.penalties:
            total = total + penalty(self.net, x, logits)
        return total

    def learn_task(self, x, y):
        self.net.train()
        for _ in range(2):
            total = self.objective(x, y)
            self.opt.zero_grad()
            total.backward()  # TM001-here
            self.opt.step()
        for penalty in self.penalties:
            penalty.end_task(self.net)
