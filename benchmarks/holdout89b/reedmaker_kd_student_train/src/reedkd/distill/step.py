import torch
import torch.nn.functional as F


class DistillStep:
    def __init__(self, teacher, student, temperature=2.0, alpha=0.5, lr=5e-3):
        self.teacher = teacher
        self.student = student
        self.t = temperature
        self.alpha = alpha
        self.opt = torch.optim.Adam(student.parameters(), lr=lr)
        self.student.train()

    def kd_loss(self, s_logits, t_logits, y):
        soft = F.kl_div(F.log_softmax(s_logits / self.t, -1), F.softmax(t_logits / self.t, -1),
                        reduction="batchmean") * self.t ** 2
        return self.alpha * soft + (1 - self.alpha) * F.cross_entropy(s_logits, y)

    def __call__(self, x, y):
        with torch.no_grad():
            t_logits = self.teacher(x)
        loss = self.kd_loss(self.student(x), t_logits, y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()
