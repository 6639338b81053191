import torch

from distill.losses import kd_logit_loss, teacher_fluency_loss


class Distiller:
    def __init__(self, teacher, student, alpha=0.5, beta=0.1, lr=1e-2):
        self.teacher = teacher.eval()
        for p in self.teacher.parameters():
            p.requires_grad_(False)
        self.student = student
        self.alpha, self.beta = alpha, beta
        self.opt = torch.optim.Adam(student.parameters(), lr=lr)

    def step(self, src):
        self.student.train()
        with torch.no_grad():
            t_logits = self.teacher(src)
        s_logits = self.student(src)
        loss = self.alpha * kd_logit_loss(s_logits, t_logits) + self.beta * teacher_fluency_loss(self.teacher, s_logits)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()
