import torch
from torch.nn import functional as F

from ..nets import stop_sequences
from .evaluation import evaluate


class CoTrainingMachine:
    """A tiny state machine: states are names, handlers live in a dict and
    return the next state."""

    def __init__(self, teacher, student, epochs=2, batches_per_epoch=2, alpha=0.5):
        self.teacher, self.student = teacher, student
        self.t_opt = torch.optim.Adam(teacher.parameters(), lr=3e-3)
        self.s_opt = torch.optim.Adam(student.parameters(), lr=3e-3)
        self.epochs, self.bpe, self.alpha = epochs, batches_per_epoch, alpha
        self.epoch, self.batch = 0, 0
        self.report = []
        self.handlers = {
            "setup": self._setup,
            "train": self._train,
            "evaluate": self._evaluate,
            "done": None,
        }

    def _setup(self):
        self.teacher.train()
        self.student.train()
        return "train"

    def _train(self):
        x, y = stop_sequences(seed=self.epoch * 100 + self.batch)
        t_pred = self.teacher(x)
        t_loss = F.mse_loss(t_pred, y)
        self.t_opt.zero_grad()
        t_loss.backward()  # TM001-here
        self.t_opt.step()

        self.student.train()
        s_pred = self.student(x)
        s_loss = (1 - self.alpha) * F.mse_loss(s_pred, y) + self.alpha * F.mse_loss(s_pred, t_pred.detach())
        self.s_opt.zero_grad()
        s_loss.backward()
        self.s_opt.step()

        self.batch += 1
        return "evaluate" if self.batch == self.bpe else "train"

    def _evaluate(self):
        # the teacher's quality decides how much the student listens to it
        t_val = evaluate(self.teacher)
        s_val = evaluate(self.student)
        self.alpha = 0.7 if t_val < s_val else 0.3
        self.report.append((self.epoch, round(t_val, 4), round(s_val, 4)))
        self.epoch += 1
        self.batch = 0
        return "done" if self.epoch == self.epochs else "train"

    def run(self):
        state = "setup"
        while self.handlers[state] is not None:
            state = self.handlers[state]()
        return self.report
