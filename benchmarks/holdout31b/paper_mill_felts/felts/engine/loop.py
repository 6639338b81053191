import torch
import torch.nn.functional as F

from .evaluation import check_teacher


class DistillLoop:
    def __init__(self, teacher, student, lr=1e-3, alpha=0.5):
        self.teacher, self.student, self.alpha = teacher, student, alpha
        params = {id(p): p for p in list(teacher.parameters()) + list(student.parameters())}
        self.opt = torch.optim.Adam(params.values(), lr=lr)

    def _step(self, x, y):
        t_pred = self.teacher(x)
        s_pred = self.student(x)
        loss = F.mse_loss(t_pred, y) + F.mse_loss(s_pred, y) + self.alpha * F.mse_loss(s_pred, t_pred.detach())
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, batches, epochs=2):
        self.teacher.train()
        self.student.train()
        for ep in range(epochs):
            losses = [self._step(x, y) for x, y in batches]
            t_err = check_teacher(self.teacher, batches)
            print(f"epoch {ep} loss {sum(losses) / len(losses):.4f} teacher mse {t_err:.4f}")
