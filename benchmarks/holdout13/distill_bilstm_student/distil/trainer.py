import torch
import torch.nn.functional as F


class Distiller:
    def __init__(self, teacher, student, alpha=0.5, T=2.0, callbacks=()):
        self.teacher, self.student = teacher, student
        self.alpha, self.T, self.callbacks = alpha, T, list(callbacks)
        self.opt = torch.optim.Adam(student.parameters(), 1e-3)

    def _loss(self, tok, y):
        with torch.no_grad():
            t_logits = self.teacher(tok)
        s_logits = self.student(tok)
        kd = F.kl_div(F.log_softmax(s_logits / self.T, -1), F.softmax(t_logits / self.T, -1), reduction="batchmean")
        return self.alpha * kd * self.T ** 2 + (1 - self.alpha) * F.cross_entropy(s_logits, y)

    def fit(self, data, epochs=1):
        for epoch in range(epochs):
            self.student.train()
            for tok, y in data:
                loss = self._loss(tok, y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            for cb in self.callbacks:
                cb.on_epoch_end(self, epoch)
