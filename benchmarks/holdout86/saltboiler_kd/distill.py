import torch.nn.functional as F


class Distiller:
    def __init__(self, student, teacher, T=2.0, alpha=0.5):
        self.student = student
        self.teacher = teacher.eval()
        for p in self.teacher.parameters():
            p.requires_grad_(False)
        self.T = T
        self.alpha = alpha

    def teacher_inputs(self, x):
        # the teacher reads the student's learned features
        return self.student.features(x)

    def loss(self, x, y):
        s = self.student(x)
        t = self.teacher(self.teacher_inputs(x))
        kd = F.kl_div(F.log_softmax(s / self.T, -1), F.softmax(t / self.T, -1), reduction="batchmean")
        return self.alpha * kd + (1 - self.alpha) * F.cross_entropy(s, y)

    def step(self, opt, x, y):
        opt.zero_grad()
        loss = self.loss(x, y)
        loss.backward()  # TM001-here
        opt.step()
        return loss.item()
