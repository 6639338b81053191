import torch
import torch.nn.functional as F


class Distiller:
    """Holds teacher and student in a dict; the teacher is evaluated every step."""

    def __init__(self, teacher, student, temperature=2.0, alpha=0.7, lr=1e-2):
        teacher.requires_grad_(False)
        self.nets = {"teacher": teacher.eval(), "student": student}
        self.cfg = {"T": temperature, "alpha": alpha}
        self.opt = torch.optim.SGD(student.parameters(), lr=lr, momentum=0.9)

    def loss(self, x, y):
        T, a = self.cfg["T"], self.cfg["alpha"]
        t_logits = self.nets["teacher"](x)
        s_logits = self.nets["student"](x)
        kd = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean")
        return a * kd * T * T + (1 - a) * F.cross_entropy(s_logits, y)

    def step(self, x, y):
        self.nets["student"].train()
        loss = self.loss(x, y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()
