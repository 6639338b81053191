import copy

import torch
import torch.nn.functional as F


class MeanTeacherTrainer:
    def __init__(self, student, lr=1e-3, consistency=1.0):
        self.student = student
        self.teacher = copy.deepcopy(student)
        for p in self.teacher.parameters():
            p.requires_grad_(False)
        self.opt = torch.optim.Adam(student.parameters(), lr=lr)
        self.consistency = consistency
        self.callbacks = []
        self.metrics = {}

    @property
    def model(self):
        """The model that gets reported: the teacher."""
        return self.teacher

    def _emit(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def step(self, labelled, unlabelled):
        x, y = labelled
        xu, _ = unlabelled
        self.student.train()
        self.teacher.eval()
        with torch.no_grad():
            target = F.softmax(self.teacher(xu), -1)
        sup = F.cross_entropy(self.student(x), y)
        cons = F.mse_loss(F.softmax(self.student(xu), -1), target)
        loss = sup + self.consistency * cons
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self._emit("on_step_end", loss.item())
        return loss.item()

    def fit(self, labelled, unlabelled, epochs=1):
        for epoch in range(epochs):
            losses = [self.step(lb, ub) for lb, ub in zip(labelled, unlabelled)]
            self.metrics = {"epoch": epoch, "loss": sum(losses) / len(losses)}
            self._emit("on_epoch_end", epoch)
